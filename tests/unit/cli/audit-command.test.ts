import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_TEST_RULES_PATH } from '../audit/audit-test-rules';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

// The one test that runs the real command: the npm script, relative paths from where the lead types it,
// the written file and the exit code. Every other case runs runAudit in-process.
describe('npm run audit (end to end)', () => {
  it("a lead audits the team's Zendesk macros into one HTML file, and CI fails on warnings when asked", () => {
    const directory = mkdtempSync(join(tmpdir(), 'reply-coach-audit-'));
    try {
      copyFileSync(join(REPO_ROOT, 'examples/exports/zendesk-macros.json'), join(directory, 'macros.json'));
      // The audit tests' fixed rules, so the figures stay put while the bundled pack is tuned.
      copyFileSync(AUDIT_TEST_RULES_PATH, join(directory, 'team-rules.yaml'));
      const run = (...args: string[]) => spawnSync('npm', ['--prefix', REPO_ROOT, 'run', '--silent', 'audit', '--', ...args], { cwd: directory, encoding: 'utf8' });
      const audit = run('macros.json', '--rules', 'team-rules.yaml', '--out', 'report.html');
      expect(audit.stdout).toBe('8 Zendesk macros audited (2 skipped): 4 need work. 13 findings (7 warnings, 6 info)\nReport: report.html\n');
      expect(audit.status).toBe(0);
      expect(readFileSync(join(directory, 'report.html'), 'utf8')).toContain('<h3>Refunds::Still waiting (3rd contact)</h3>');
      const strict = run('macros.json', '--rules', 'team-rules.yaml', '--format', 'csv', '--fail-on', 'warning');
      expect(strict.status).toBe(1);
      expect(strict.stdout.split('\r\n')[0]).toBe('entry,id,name,composer,rule_id,category,severity,message,words,start,end,suggestion');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});
