import { existsSync } from 'node:fs';

/**
 * Debian's Chromium binary. `/usr/bin/chromium` is a wrapper script that adds flags of its own, so the
 * real binary is preferred (shared/helpdesks.md §D). CHROME_PATH overrides both.
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}
