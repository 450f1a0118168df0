import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Builds the demo ticket page with its real editor (CKEditor 5 from npm) for `npm start`.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../.output/demo'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 10_000,
  },
});
