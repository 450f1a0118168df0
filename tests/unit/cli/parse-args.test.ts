import { describe, expect, it } from 'vitest';
import { parseCheckArgs } from '../../../lib/cli/parse-args';

const policy = { failOn: 'error' };

describe('parseCheckArgs', () => {
  it.each([
    { argv: ['d.txt'], args: { command: 'check-draft', draftFile: 'd.txt', format: 'text', policy } },
    {
      argv: ['--ticket', 't.txt', 'd.txt', '--customer', 'Sam Lee', '--subject', 'Late order', '--rules', 'r.yaml', '--format', 'json'],
      args: { command: 'check-draft', draftFile: 'd.txt', ticketFile: 't.txt', customerName: 'Sam Lee', subject: 'Late order', rulesFile: 'r.yaml', format: 'json', policy },
    },
    { argv: ['--', '-odd-name.txt'], args: { command: 'check-draft', draftFile: '-odd-name.txt', format: 'text', policy } },
    { argv: ['--jsonl', 'in.jsonl'], args: { command: 'check-batch', jsonlFile: 'in.jsonl', policy } },
    { argv: ['--jsonl=in.jsonl', '--rules', 'r.json'], args: { command: 'check-batch', jsonlFile: 'in.jsonl', rulesFile: 'r.json', policy } },
    { argv: ['d.txt', '--fail-on', 'warning'], args: { command: 'check-draft', draftFile: 'd.txt', format: 'text', policy: { failOn: 'warning' } } },
    { argv: ['--jsonl', 'in.jsonl', '--max-warnings', '0'], args: { command: 'check-batch', jsonlFile: 'in.jsonl', policy: { failOn: 'error', maxWarnings: 0 } } },
    { argv: ['d.txt', '--fail-on', 'info'], error: /--fail-on must be "warning" or "error", not "info"/ },
    { argv: ['d.txt', '--max-warnings=-1'], error: /--max-warnings must be a whole number/ },
    { argv: ['d.txt', '--max-warnings', 'ten'], error: /--max-warnings must be a whole number of 0 or more, not "ten"/ },
    { argv: ['--help'], args: { command: 'help' } },
    { argv: ['-h', '--nonsense-after-help-is-still-an-error'], error: /Unknown option/ },
    { argv: [], error: /missing the draft file/ },
    { argv: ['--format', 'yaml', 'd.txt'], error: /--format must be "text" or "json"/ },
    { argv: ['--jsonl', 'in.jsonl', '--customer', 'Sam'], error: /--customer cannot be used with --jsonl/ },
  ])('$argv', ({ argv, args, error }) => {
    const parsed = parseCheckArgs(argv);
    if (args) expect(parsed).toEqual({ ok: true, args });
    else expect(parsed.ok ? 'parsed' : parsed.message).toMatch(error);
  });
});
