import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';

/**
 * An X display of its own (Xvfb) for the few tests that need a headful Chromium: the browser's own
 * prompts (e.g. "allow this extension to read support.acme.example?") never appear headless, and pages
 * cannot reach them. xdotool presses keys there the way the agent would.
 */
export interface VirtualDisplay {
  /** The DISPLAY value, e.g. ":99". */
  readonly name: string;
  /** Presses keys (xdotool names: "Tab", "Return") in whatever has the keyboard focus on this display. */
  pressKeys(...keys: string[]): void;
  stop(): void;
}

/** Whether this machine can run a virtual display (CI installs both: apt-get install xvfb xdotool). */
export function canStartVirtualDisplay(): boolean {
  return ['Xvfb', 'xdotool'].every((command) => {
    try {
      execFileSync('which', [command], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
}

export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  // -displayfd: Xvfb picks a free display number and writes it to fd 3 once it accepts clients.
  const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const number = await displayNumber(server);
  const name = `:${number}`;
  return {
    name,
    pressKeys: (...keys) => execFileSync('xdotool', ['key', '--delay', '100', ...keys], { env: { ...process.env, DISPLAY: name } }),
    stop: () => server.kill(),
  };
}

function displayNumber(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let written = '';
    let errors = '';
    const timer = setTimeout(() => fail(new Error(`Xvfb did not start in 10 s: ${errors}`)), 10_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      server.kill();
      reject(error);
    };
    server.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    (server.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      written += chunk.toString();
      if (!written.includes('\n')) return;
      clearTimeout(timer);
      resolve(written.trim());
    });
    server.on('error', fail);
    server.on('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${errors}`)));
  });
}
