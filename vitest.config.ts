import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Vitest's default is one worker fewer than the cores: a single worker on a two-core CI machine, so
    // the unit files ran one at a time. Two at least; the browser tests still run one file at a time,
    // after the unit files (groupOrder), so a browser never shares the machine with them.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/corpus/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } },
      },
      {
        // The built extension in Debian's Chromium against fixture helpdesk pages (tests/e2e/global-setup.ts).
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          sequence: { groupOrder: 1 },
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser at a time: the machine has two cores and each file starts its own Chromium.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // `npm run bench:typing`: keystroke → underline in the built extension, a figure that moves with
        // the machine's load, so not part of `npm test`.
        test: {
          name: 'typing-bench',
          include: ['tests/bench/**/*.bench.e2e.ts'],
          sequence: { groupOrder: 2 },
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
