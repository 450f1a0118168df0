import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

// The one test that runs the real command, to prove the npm script and the exit code are wired,
// on the example file the README points team leads at.
describe('npm run rules (end to end)', () => {
  it("passes examples/team-rules.yaml, the team's example file", () => {
    const result = spawnSync('npm', ['run', '--silent', 'rules', '--', 'test', 'examples/team-rules.yaml'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^\d+ passed, 0 failed\n$/);
    expect(result.status).toBe(0);
  }, 60_000);
});
