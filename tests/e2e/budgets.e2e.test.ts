import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const env = inject('e2e');

// Runs on the `wxt build` output the global setup produced (skipped with the other e2e tests when it did not build).
describe.skipIf(!env.chromiumPath)('budgets', () => {
  it('ships a content script of at most 30 KB gzipped (it loads in every helpdesk page and frame)', () => {
    const script = readFileSync(resolve(env.extensionPath, 'content-scripts/helpdesk.js'));
    expect(gzipSync(script).length).toBeLessThanOrEqual(30 * 1024);
  });

  it('keeps the engine and zod out of the content script', () => {
    const script = readFileSync(resolve(env.extensionPath, 'content-scripts/helpdesk.js'), 'utf8');
    // Words only the engine's default rules and zod's error messages contain.
    expect(script).not.toMatch(/tone\.blame|Invalid input: expected/);
  });
});
