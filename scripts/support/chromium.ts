import { existsSync } from 'node:fs';

/**
 * Debian's Chromium binary. `/usr/bin/chromium` is a wrapper script that adds flags of its own, so the
 * real binary is preferred (shared/helpdesks.md §D). CHROME_PATH overrides both.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export const CHROMIUM_MISSING = [
  'Chromium was not found (looked at $CHROME_PATH, /usr/lib/chromium/chromium and /usr/bin/chromium).',
  'Install it with:   sudo apt-get install -y chromium',
  'or point to another Chromium or Chrome:   CHROME_PATH=/path/to/chrome npm start',
].join('\n');

/**
 * Flags every local run needs: no sandbox as root, no background traffic to Google (this machine's
 * network is closed, and the extension's privacy tests must see only the pages' own requests), the
 * built extension, and the local HTTPS server standing in for the helpdesk hosts.
 */
export function chromiumArgs(options: { extensionPath: string; hostRules: string[] }): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${options.extensionPath}`,
    `--load-extension=${options.extensionPath}`,
    `--host-resolver-rules=${options.hostRules.join(', ')}`,
    '--ignore-certificate-errors',
  ];
}
