import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../lib/cli/run-check';
import type { Finding } from '../../../lib/engine/types';
import { TEAM_RULES_YAML, fakeFiles } from './fake-files';

const BLAME = 'As I already explained, no, we will not be changing the delivery date of this order again.';
// One warning and nothing else: talking down (tone.condescension).
const CONDESCENDING = 'Obviously the new delivery date is the 14th.';
const MULTI_LINE = 'Hi Sam,\n\nThanks for waiting.\nAs I already explained, please be advised that it ships today.\n';
// Neither mentions a follow-up topic (refund, delivery…), so the pack's findings on them stay few and stable.
const UPSET_TICKET = "This is the third time I'm writing and nobody has called me back. Unacceptable.";
const PLAIN_REPLY = 'Your new address is saved on your profile.';

const files = fakeFiles({
  'blame.txt': BLAME,
  'condescending.txt': CONDESCENDING,
  'multi-line.txt': MULTI_LINE,
  'windows.txt': 'Hi Sam,\r\n\r\nAs I already explained, please be advised that it ships today.\r\n',
  'bom.txt': `\uFEFF${BLAME}`,
  'empty.txt': '',
  'plain.txt': PLAIN_REPLY,
  'upset-ticket.txt': UPSET_TICKET,
  'competitor.txt': 'Hi Sam,\n\nGlobex sells that part; as I already explained, we do not.',
  'team.yaml': TEAM_RULES_YAML,
  'only-info.yaml': TEAM_RULES_YAML.replace('severity: error', 'severity: info'),
  'bad.yaml': `schemaVersion: 1
name: Bad
rules:
  - id: Acme.Bad
    kind: phrase
    category: tone
    severity: fatal
    message: x
    explanation: y
    phrases: [x]
`,
  'broken.yaml': 'schemaVersion: 1\nname: A\nname: B\nrules: []\n',
  'bad.json': '{"schemaVersion": 2, "name": "Bad"}',
});

function locations(stdout: string): string[] {
  return [...stdout.matchAll(/^ {2}( *\d+:\d+)/gm)].map((match) => (match[1] ?? '').trim());
}

function ruleIds(stdout: string): string[] {
  return (JSON.parse(stdout) as { findings: Finding[] }).findings.map((finding) => finding.ruleId);
}

describe('runCheck: one draft', () => {
  it('prints an aligned ESLint-like report with line:column from the draft', async () => {
    const outcome = await runCheck(['multi-line.txt'], files);
    expect(outcome).toEqual({
      stdout: [
        'multi-line.txt',
        '  4:1   tone  "As I already explained" can read as blaming the customer.  (tone.blame)',
        '  4:25  tone  "please be advised that" sounds like a form letter.         (tone.robotic-boilerplate)',
        '',
        '2 findings (2 info)',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });

  it.each([
    { name: 'one-line draft', argv: ['blame.txt'], expected: ['1:1'] },
    { name: 'multi-line draft', argv: ['multi-line.txt'], expected: ['4:1', '4:25'] },
    { name: 'Windows line endings count once', argv: ['windows.txt'], expected: ['3:1', '3:25'] },
    { name: 'a byte-order mark does not shift columns', argv: ['bom.txt'], expected: ['1:1'] },
  ])('locates findings: $name', async ({ argv, expected }) => {
    expect(locations((await runCheck(argv, files)).stdout)).toEqual(expected);
  });

  it.each([
    { name: 'text, empty draft', argv: ['empty.txt'], stdout: 'No findings.\n' },
    { name: 'text, clean draft', argv: ['plain.txt'], stdout: 'No findings.\n' },
    { name: 'json, empty draft', argv: ['empty.txt', '--format', 'json'], stdout: '{"findings":[]}\n' },
  ])('reports no findings: $name', async ({ argv, stdout }) => {
    expect(await runCheck(argv, files)).toEqual({ stdout, stderr: '', exitCode: 0 });
  });

  it('writes the findings as one JSON line with UTF-16 offsets', async () => {
    const outcome = await runCheck(['multi-line.txt', '--format=json'], files);
    const { findings } = JSON.parse(outcome.stdout) as { findings: Finding[] };
    expect(outcome.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(findings.map(({ ruleId, severity, start, end }) => ({ ruleId, severity, start, end }))).toEqual([
      { ruleId: 'tone.blame', severity: 'info', start: 29, end: 51 },
      { ruleId: 'tone.robotic-boilerplate', severity: 'info', start: 53, end: 75 },
    ]);
    expect(MULTI_LINE.slice(29, 51)).toBe('As I already explained');
  });

  it.each([
    { name: 'no context', argv: ['plain.txt'], has: [], lacks: ['empathy.acknowledge-feelings'] },
    { name: '--ticket', argv: ['plain.txt', '--ticket', 'upset-ticket.txt'], has: ['empathy.acknowledge-feelings'], lacks: [] },
    { name: 'no customer name', argv: ['blame.txt'], has: ['tone.blame'], lacks: ['personalization.name-unused'] },
    { name: '--customer', argv: ['blame.txt', '--customer', 'Sam Lee'], has: ['personalization.name-unused'], lacks: [] },
    { name: '--subject', argv: ['blame.txt', '--subject', 'Refund'], has: ['tone.blame'], lacks: [] },
  ])('passes the ticket context to the engine: $name', async ({ argv, has, lacks }) => {
    const ids = ruleIds((await runCheck([...argv, '--format', 'json'], files)).stdout);
    for (const id of has) expect(ids).toContain(id);
    for (const id of lacks) expect(ids).not.toContain(id);
  });

  it.each([
    { name: 'only warnings', argv: ['condescending.txt'], exitCode: 0 },
    { name: 'only info from a rule file', argv: ['competitor.txt', '--rules', 'only-info.yaml'], exitCode: 0 },
    { name: 'an error-severity finding', argv: ['competitor.txt', '--rules', 'team.yaml'], exitCode: 1 },
    { name: 'an error-severity finding, json', argv: ['competitor.txt', '--rules', 'team.yaml', '--format', 'json'], exitCode: 1 },
    { name: 'warnings with --fail-on warning', argv: ['condescending.txt', '--fail-on', 'warning'], exitCode: 1 },
    { name: 'info only with --fail-on warning', argv: ['blame.txt', '--fail-on', 'warning'], exitCode: 0 },
    { name: 'one warning, --max-warnings 1', argv: ['condescending.txt', '--max-warnings', '1'], exitCode: 0 },
    { name: 'one warning, --max-warnings 0', argv: ['condescending.txt', '--max-warnings', '0'], exitCode: 1 },
    { name: 'an error with --max-warnings 10', argv: ['competitor.txt', '--rules', 'team.yaml', '--max-warnings', '10'], exitCode: 1 },
  ])('exits by severity: $name', async ({ argv, exitCode }) => {
    expect((await runCheck(argv, files)).exitCode).toBe(exitCode);
  });

  it('says on stderr when only the warning limit fails the run, as ESLint does', async () => {
    const outcome = await runCheck(['condescending.txt', '--max-warnings', '0'], files);
    expect(outcome.stderr).toBe('reply-coach check: 1 warning, more than --max-warnings 0\n');
    expect(outcome.stdout).toContain('(tone.condescension)');
  });

  it('runs a rule file that extends the bundled pack: its own rules and the pack\'s', async () => {
    const outcome = await runCheck(['competitor.txt', '--rules', 'team.yaml'], files);
    expect(outcome.stdout).toContain('3:1   tone  Do not name "Globex" in a reply.');
    expect(outcome.stdout).toContain('(acme.competitor-name)');
    expect(outcome.stdout).toContain('(tone.blame)');
    expect(outcome.stdout).toMatch(/\n2 findings \(1 error, 1 info\)\n$/);
  });
});

describe('runCheck: bad input exits 2 and says what is wrong', () => {
  it.each([
    { name: 'no arguments', argv: [], stderr: /missing the draft file/ },
    { name: 'two draft files', argv: ['blame.txt', 'plain.txt'], stderr: /expected one draft file, got 2: blame\.txt, plain\.txt/ },
    { name: 'unknown option', argv: ['blame.txt', '--verbose'], stderr: /Unknown option '--verbose'/ },
    { name: 'option without its value', argv: ['blame.txt', '--rules'], stderr: /--rules <value>' argument missing/ },
    { name: 'unknown format', argv: ['blame.txt', '--format', 'xml'], stderr: /--format must be "text" or "json", not "xml"/ },
    { name: 'missing draft file', argv: ['nope.txt'], stderr: /cannot read draft file nope\.txt: no such file/ },
    { name: 'missing ticket file', argv: ['blame.txt', '--ticket', 'nope.txt'], stderr: /cannot read ticket file nope\.txt: no such file/ },
    { name: 'missing rule file', argv: ['blame.txt', '--rules', 'nope.yaml'], stderr: /cannot read rule file nope\.yaml: no such file/ },
  ])('$name', async ({ argv, stderr }) => {
    const outcome = await runCheck(argv, files);
    expect(outcome).toMatchObject({ stdout: '', exitCode: 2 });
    expect(outcome.stderr).toMatch(stderr);
  });

  it('points usage mistakes at --help', async () => {
    expect((await runCheck(['--nope'], files)).stderr).toMatch(/\nRun with --help for usage\.\n$/);
  });

  it.each([
    {
      name: 'YAML schema errors, with lines',
      file: 'bad.yaml',
      stderr: [
        'bad.yaml:4: rules[0].id: ids are lower-case words joined by "." or "-", e.g. "tone.blame"',
        'bad.yaml:7: rules[0].severity: Invalid option: expected one of "info"|"warning"|"error"',
      ],
    },
    {
      name: 'YAML syntax error',
      file: 'broken.yaml',
      stderr: ['broken.yaml:3: (root): not valid YAML: Map keys must be unique'],
    },
    { name: 'JSON, where lines are not known', file: 'bad.json', stderr: ['bad.json: schemaVersion: this file uses schema version 2; this Reply Coach reads versions up to 1: update the extension'] },
  ])('lists every error of an invalid rule file: $name', async ({ file, stderr }) => {
    expect(await runCheck(['blame.txt', '--rules', file], files)).toEqual({ stdout: '', stderr: `${stderr.join('\n')}\n`, exitCode: 2 });
  });
});

describe('runCheck: --help', () => {
  it.each([['--help'], ['-h'], ['blame.txt', '--help']])('%s prints usage on stdout and exits 0', async (...argv) => {
    const outcome = await runCheck(argv, files);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toMatch(/^Usage:/);
    expect(outcome.stdout).toContain('--jsonl <file>');
    expect(outcome.stderr).toBe('');
  });
});

describe('runCheck: --jsonl batches', () => {
  const line = (value: object) => JSON.stringify(value);
  const batchFiles = fakeFiles({
    'team.yaml': TEAM_RULES_YAML,
    'batch.jsonl': [
      line({ draft: BLAME }),
      line({ draft: '' }),
      line({ draft: PLAIN_REPLY, customerMessage: UPSET_TICKET }),
      line({ draft: 'Globex is cheaper, but ours comes with a two-year warranty and free returns.', customerName: 'Sam Lee', subject: 'Price' }),
    ].join('\n'),
    'trailing-blanks.jsonl': `${line({ draft: BLAME })}\r\n${line({ draft: PLAIN_REPLY })}\r\n\r\n  \n`,
    'empty.jsonl': '',
    'malformed.jsonl': [
      line({ draft: BLAME }),
      '',
      line({ draft: 42 }),
      line({ text: 'hi' }),
      '{"draft": "unterminated',
      '[]',
      line({ draft: 'ok', customer_message: 'typo' }),
      line({ draft: PLAIN_REPLY }),
      '',
    ].join('\n'),
  });

  async function batch(file: string, ...more: string[]) {
    const outcome = await runCheck(['--jsonl', file, ...more], batchFiles);
    const results = outcome.stdout
      .split('\n')
      .filter(Boolean)
      .map((text) => (JSON.parse(text) as { findings: Finding[] }).findings.map((finding) => finding.ruleId));
    return { ...outcome, results };
  }

  it('writes one result line per input line, in the same order', async () => {
    const { results, stderr, exitCode } = await batch('batch.jsonl');
    expect(results).toEqual([['tone.blame'], [], ['empathy.acknowledge-feelings'], ['personalization.name-unused']]);
    expect({ stderr, exitCode }).toEqual({ stderr: '', exitCode: 0 });
  });

  it('applies --rules to every line and exits 1 when a line has an error finding', async () => {
    const { results, exitCode } = await batch('batch.jsonl', '--rules', 'team.yaml');
    expect(results[3]).toContain('acme.competitor-name');
    expect(exitCode).toBe(1);
  });

  it.each([
    { name: 'trailing blank lines and CRLF', file: 'trailing-blanks.jsonl', results: [['tone.blame'], []] },
    { name: 'an empty file', file: 'empty.jsonl', results: [] },
  ])('ignores what follows the last record: $name', async ({ file, results }) => {
    expect(await batch(file)).toMatchObject({ results, stderr: '', exitCode: 0 });
  });

  it('reports every malformed line by its line number and writes nothing', async () => {
    const outcome = await batch('malformed.jsonl');
    expect({ stdout: outcome.stdout, exitCode: outcome.exitCode }).toEqual({ stdout: '', exitCode: 2 });
    expect(outcome.stderr.split('\n')).toEqual([
      'malformed.jsonl:2: blank line between records; expected a JSON object',
      'malformed.jsonl:3: draft: Invalid input: expected string, received number',
      'malformed.jsonl:4: draft: missing (every line needs a draft string)',
      'malformed.jsonl:4: Unrecognized key: "text"',
      expect.stringMatching(/^malformed\.jsonl:5: not valid JSON: /),
      'malformed.jsonl:6: Invalid input: expected object, received array',
      'malformed.jsonl:7: Unrecognized key: "customer_message"',
      '',
    ]);
  });

  it.each([
    { name: 'missing file', argv: ['--jsonl', 'nope.jsonl'], stderr: /cannot read JSONL file nope\.jsonl: no such file/ },
    { name: 'a draft file too', argv: ['--jsonl', 'batch.jsonl', 'draft.txt'], stderr: /unexpected argument "draft\.txt"/ },
    { name: '--ticket', argv: ['--jsonl', 'batch.jsonl', '--ticket', 't.txt'], stderr: /--ticket cannot be used with --jsonl/ },
    { name: '--format text', argv: ['--jsonl', 'batch.jsonl', '--format', 'text'], stderr: /--format text cannot be used/ },
  ])('rejects bad batch arguments: $name', async ({ argv, stderr }) => {
    const outcome = await runCheck(argv, batchFiles);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toMatch(stderr);
  });

  it('accepts --format json, which batch output always is', async () => {
    expect((await batch('batch.jsonl', '--format', 'json')).results).toHaveLength(4);
  });
});
