import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type AuditEnvironment, runAudit } from '../../../lib/cli/run-audit';
import { AUDIT_TEST_RULES_YAML } from '../audit/audit-test-rules';
import { TEAM_RULES_YAML, fakeFiles } from './fake-files';

const example = (name: string) => readFileSync(fileURLToPath(new URL(`../../../examples/exports/${name}`, import.meta.url)), 'utf8');

function environment(files: Record<string, string>): AuditEnvironment & { written: Record<string, string> } {
  const written: Record<string, string> = {};
  return {
    ...fakeFiles(files),
    written,
    writeFile: async (path, text) => {
      written[path] = text;
    },
    today: () => '2025-03-14',
  };
}

const EXPORTS = {
  'macros.json': example('zendesk-macros.json'),
  'replies.csv': example('saved-replies.csv'),
  'team.yaml': TEAM_RULES_YAML,
  // The audit tests' fixed rules: exact counts and exit codes that do not move when the bundled pack is tuned.
  'audit-rules.yaml': AUDIT_TEST_RULES_YAML,
  'competitor.jsonl': '{"name": "Compare", "body": "Hi {{name}},\\n\\nGlobex sells that part, we do not. Let me know if you need anything else."}\n',
  'hostile.jsonl': '{"name": "<img src=x onerror=alert(1)>", "body": "<p>Hello <script>alert(2)</script>there, as I already explained.</p>"}\n',
  'bad-macros.json': JSON.stringify({ macros: [{ title: 'A', actions: [{ field: 'comment_value', value: 'Fine.' }] }, { title: 'B', actions: [{ field: 'comment_value', value: { text: 'x' } }] }] }, null, 2),
};

describe('runAudit', () => {
  it('writes the HTML report to --out and prints a summary; warnings alone exit 0', async () => {
    const env = environment(EXPORTS);
    const outcome = await runAudit(['macros.json', '--rules', 'audit-rules.yaml', '--out', 'report.html'], env);
    expect(outcome).toEqual({
      stdout: '8 Zendesk macros audited (2 skipped): 4 need work. 13 findings (7 warnings, 6 info)\nReport: report.html\n',
      stderr: '',
      exitCode: 0,
    });
    const html = env.written['report.html']!;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h3>Refunds::Still waiting (3rd contact)</h3>');
    expect(html).toContain('Audit test rules');
    expect(html).toContain('<svg');
  });

  it('without --rules the bundled pack judges, and says so in the report', async () => {
    const env = environment(EXPORTS);
    const outcome = await runAudit(['macros.json', '--out', 'report.html'], env);
    expect(outcome.stdout).toMatch(/^8 Zendesk macros audited \(2 skipped\): \d+ needs? work\. /);
    expect(env.written['report.html']).toContain('Reply Coach default');
  });

  it.each([
    { name: 'warnings alone', argv: [], exitCode: 0, stderr: '' },
    { name: '--fail-on warning', argv: ['--fail-on', 'warning'], exitCode: 1, stderr: '' },
    { name: '--fail-on error', argv: ['--fail-on', 'error'], exitCode: 0, stderr: '' },
    { name: '--max-warnings 7 (there are 7)', argv: ['--max-warnings', '7'], exitCode: 0, stderr: '' },
    { name: '--max-warnings 6', argv: ['--max-warnings', '6'], exitCode: 1, stderr: 'reply-coach audit: 7 warnings, more than --max-warnings 6\n' },
  ])('exit status, as check: $name', async ({ argv, exitCode, stderr }) => {
    const outcome = await runAudit(['macros.json', '--rules', 'audit-rules.yaml', ...argv, '--format', 'json'], environment(EXPORTS));
    expect({ exitCode: outcome.exitCode, stderr: outcome.stderr }).toEqual({ exitCode, stderr });
  });

  it('exit status, as check: an error-severity rule from --rules fails', async () => {
    const outcome = await runAudit(['competitor.jsonl', '--rules', 'team.yaml', '--format', 'json'], environment(EXPORTS));
    expect({ exitCode: outcome.exitCode, stderr: outcome.stderr }).toEqual({ exitCode: 1, stderr: '' });
  });

  it('--format json gives scripts every reply with its findings; --out report.csv picks CSV', async () => {
    const json = JSON.parse((await runAudit(['replies.csv', '--rules', 'audit-rules.yaml', '--format', 'json'], environment(EXPORTS))).stdout);
    expect(json).toMatchObject({ format: 'reply-coach-audit', version: 1, source: { fileName: 'replies.csv', format: 'csv' }, ruleSet: { name: 'Audit test rules', version: '1.0.0' }, auditedOn: '2025-03-14' });
    expect(json.replies.map((reply: { name: string }) => reply.name)).toEqual(['Subscription cancelled', 'Late reply apology', 'Greeting: first contact', 'Shipping abroad']);
    expect(json.replies[0].findings.map((finding: { ruleId: string; start: number; end: number }) => [finding.ruleId, json.replies[0].text.slice(finding.start, finding.end)])).toEqual([
      ['fixture.name-unused', 'Hello,'],
      ['fixture.way-back', ''],
      ['fixture.internal-words', 'CRM'],
    ]);
    const env = environment(EXPORTS);
    await runAudit(['replies.csv', '--rules', 'audit-rules.yaml', '--out', 'findings.csv'], env);
    const lines = env.written['findings.csv']!.split('\r\n');
    // A header, one row per finding, and a line break at the end.
    expect(lines).toHaveLength(1 + json.summary.findings + 1);
    expect(lines[0]).toBe('entry,id,name,composer,rule_id,category,severity,message,words,start,end,suggestion');
    expect(lines[1]).toBe("line 5,sr-102,Subscription cancelled,reply,fixture.name-unused,personalization,warning,You know the customer's name; greet the customer by name.,\"Hello,\",0,6,");
    expect(lines.at(-1)).toBe('');
  });

  it('escapes page text: a reply named like HTML shows as text, and the report asks for nothing from the network', async () => {
    const { stdout } = await runAudit(['hostile.jsonl'], environment(EXPORTS));
    expect(stdout).toContain('<h3>&lt;img src=x onerror=alert(1)></h3>');
    expect(stdout).toMatch(/<style>\s*:root {/);
    expect(stdout).not.toMatch(/<img|<script/i);
    expect(stdout).not.toMatch(/\b(?:src|href)=["']?https?:/i);
    expect(stdout).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('an export it cannot read exits 2, naming the format, the entry and the line', async () => {
    const outcome = await runAudit(['bad-macros.json'], environment(EXPORTS));
    expect(outcome).toEqual({
      stdout: '',
      stderr: 'reply-coach audit: cannot read bad-macros.json as Zendesk macros (1 problem):\nbad-macros.json:17: macros[1].actions[0].value: expected a string (or ["channel:all", text]), not an object\n',
      exitCode: 2,
    });
  });

  it.each([
    { argv: [], stderr: /missing the export file/ },
    { argv: ['a.json', 'b.json'], stderr: /expected one export file, got 2/ },
    { argv: ['macros.json', '--format', 'pdf'], stderr: /--format must be "html", "json" or "csv", not "pdf"/ },
    { argv: ['macros.json', '--from', 'intercom'], stderr: /--from must be one of zendesk, freshdesk, helpscout, front, csv, jsonl, not "intercom"/ },
    { argv: ['macros.json', '--fail-on', 'info'], stderr: /--fail-on must be "warning" or "error"/ },
    { argv: ['missing.json'], stderr: /^reply-coach audit: cannot read export file missing\.json: no such file\n$/ },
    { argv: ['macros.json', '--rules', 'missing.yaml'], stderr: /cannot read rule file missing\.yaml/ },
    { argv: ['replies.csv', '--from', 'zendesk'], stderr: /not valid JSON/ },
  ])('bad input exits 2: $argv', async ({ argv, stderr }) => {
    const outcome = await runAudit(argv, environment(EXPORTS));
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(stderr);
  });

  it('--help prints the usage and exits 0', async () => {
    const outcome = await runAudit(['--help'], environment(EXPORTS));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toMatch(/^Usage:\n {2}npm run --silent audit -- <export-file> \[options\]/);
  });
});
