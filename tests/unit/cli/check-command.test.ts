import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEAM_RULES_YAML } from './fake-files';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

// The one test that runs the real command, to prove the npm script, the ?raw loader and the exit code are wired;
// every other case runs runCheck in-process.
describe('npm run check (end to end)', () => {
  it('a team lead extends the default pack with a phrase rule, and the CLI flags a draft with it', () => {
    const teamDirectory = mkdtempSync(join(tmpdir(), 'reply-coach-check-'));
    try {
      writeFileSync(join(teamDirectory, 'team.yaml'), TEAM_RULES_YAML);
      writeFileSync(join(teamDirectory, 'draft.txt'), 'Hi Sam,\n\nGlobex sells that part; as I already explained, we do not.\n');
      // Run from the team lead's directory with relative paths, as a person would.
      const result = spawnSync('npm', ['--prefix', REPO_ROOT, 'run', '--silent', 'check', '--', 'draft.txt', '--rules', 'team.yaml'], {
        cwd: teamDirectory,
        encoding: 'utf8',
      });
      expect(result.stdout).toBe(
        [
          'draft.txt',
          '  3:1   tone  Do not name "Globex" in a reply.                            (acme.competitor-name)',
          '  3:25  tone  "as I already explained" can read as blaming the customer.  (tone.blame)',
          '',
          '2 findings (1 error, 1 info)',
          '',
        ].join('\n'),
      );
      expect(result.status).toBe(1);
    } finally {
      rmSync(teamDirectory, { recursive: true, force: true });
    }
  }, 60_000);
});
