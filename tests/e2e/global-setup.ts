import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { makeCertificate } from '../../scripts/support/certificate';
import { findChromium } from '../../scripts/support/chromium';
import { requestTrackerProblem } from '../../scripts/support/request-tracker';
import { findFirefox } from './support/firefox-browser';
import { startFixtureServer } from './support/fixture-server';

export interface E2eEnvironment {
  /** Null when no Chromium is installed: the e2e tests skip (outside CI). */
  chromiumPath: string | null;
  extensionPath: string;
  /** Null when no Firefox is installed: the Firefox test skips (outside CI). */
  firefoxPath: string | null;
  /** The Firefox build (Manifest V2). */
  firefoxExtensionPath: string;
  fixturePort: number;
  tmpDir: string;
  /** Whether a real Request Tracker can be started here (its test skips otherwise, outside CI). */
  requestTracker: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: E2eEnvironment;
  }
}

const repo = resolve(import.meta.dirname, '../..');
const tmpDir = resolve(repo, 'tests/e2e/.tmp');

/**
 * Once per run: builds the extension as it ships (`wxt build`, never a dev build) and the fixture
 * pages, makes a throwaway certificate, and starts the HTTPS server the fixture hosts resolve to.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const chromiumPath = findChromium();
  const extensionPath = resolve(repo, '.output/chrome-mv3');
  const firefoxPath = findFirefox();
  const firefoxExtensionPath = resolve(repo, '.output/firefox-mv2');
  if (!chromiumPath) {
    if (process.env.CI) throw new Error('E2E: Chromium is not installed (apt-get install chromium, or set CHROME_PATH). CI must run the browser tests.');
    console.warn('\n⚠ E2E tests skipped: Chromium not found (apt-get install chromium, or set CHROME_PATH).\n');
    project.provide('e2e', { chromiumPath: null, extensionPath, firefoxPath: null, firefoxExtensionPath, fixturePort: 0, tmpDir, requestTracker: false });
    return undefined;
  }

  const requestTrackerMissing = requestTrackerProblem();
  if (requestTrackerMissing && process.env.CI) throw new Error(`E2E: ${requestTrackerMissing} CI must run the Request Tracker test.`);
  if (requestTrackerMissing) console.warn(`\n⚠ Request Tracker E2E skipped: ${requestTrackerMissing}\n`);

  mkdirSync(tmpDir, { recursive: true });
  run('npx', ['wxt', 'build']);
  if (firefoxPath) run('npx', ['wxt', 'build', '-b', 'firefox']);
  else if (process.env.CI) throw new Error('E2E: Firefox is not installed (apt-get install firefox-esr, or set FIREFOX_PATH). CI must run the Firefox test.');
  else console.warn('\n⚠ Firefox E2E skipped: Firefox not found (apt-get install firefox-esr, or set FIREFOX_PATH).\n');
  run('npx', ['vite', 'build', '--config', 'tests/fixtures/vite.config.ts']);
  // `npm start`'s demo ticket too: the README's screenshot and its first draft's panel are checked on it.
  run('npx', ['vite', 'build', '--config', 'demo/vite.config.ts', '--outDir', resolve(tmpDir, 'fixtures/demo'), '--base', '/demo/']);
  const { key, cert } = makeCertificate();
  const { server, port } = await startFixtureServer({ root: resolve(tmpDir, 'fixtures'), key, cert });
  project.provide('e2e', { chromiumPath, extensionPath, firefoxPath, firefoxExtensionPath, fixturePort: port, tmpDir, requestTracker: !requestTrackerMissing });
  return async () => {
    await new Promise((done) => server.close(done));
  };
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
}
