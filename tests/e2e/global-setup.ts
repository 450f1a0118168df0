import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './support/chromium-path';
import { startFixtureServer } from './support/fixture-server';

export interface E2eEnvironment {
  /** Null when no Chromium is installed: the e2e tests skip (outside CI). */
  chromiumPath: string | null;
  extensionPath: string;
  fixturePort: number;
  tmpDir: string;
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
  if (!chromiumPath) {
    if (process.env.CI) throw new Error('E2E: Chromium is not installed (apt-get install chromium, or set CHROME_PATH). CI must run the browser tests.');
    console.warn('\n⚠ E2E tests skipped: Chromium not found (apt-get install chromium, or set CHROME_PATH).\n');
    project.provide('e2e', { chromiumPath: null, extensionPath, fixturePort: 0, tmpDir });
    return undefined;
  }

  mkdirSync(tmpDir, { recursive: true });
  run('npx', ['wxt', 'build']);
  run('npx', ['vite', 'build', '--config', 'tests/fixtures/vite.config.ts']);
  const { key, cert } = makeCertificate();
  const { server, port } = await startFixtureServer({ root: resolve(tmpDir, 'fixtures'), key, cert });
  project.provide('e2e', { chromiumPath, extensionPath, fixturePort: port, tmpDir });
  return async () => {
    await new Promise((done) => server.close(done));
  };
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: repo, stdio: ['ignore', 'inherit', 'inherit'] });
}

/**
 * A self-signed certificate from the system's openssl (Debian ships it; no npm dependency needed).
 * Chromium runs with --ignore-certificate-errors, so any certificate will do; HTTPS matters because
 * the content script only matches https:// helpdesk URLs.
 */
function makeCertificate(): { key: string; cert: string } {
  const keyPath = resolve(tmpDir, 'fixture-key.pem');
  const certPath = resolve(tmpDir, 'fixture-cert.pem');
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=reply-coach-fixtures', '-keyout', keyPath, '-out', certPath], { stdio: 'ignore' });
  } catch (error) {
    throw new Error(`E2E: could not make a test certificate with openssl (apt-get install openssl): ${String(error)}`);
  }
  return { key: readFileSync(keyPath, 'utf8'), cert: readFileSync(certPath, 'utf8') };
}
