// Builds the browser host (electron/web) for plain Node into out/web; npm dependencies stay external.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    outDir: 'out/web',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rolldownOptions: {
      // The host, and the worker thread its background jobs run in (core/jobs/offThread.ts).
      input: {
        index: resolve(import.meta.dirname, 'electron/web/index.ts'),
        jobWorker: resolve(import.meta.dirname, 'electron/core/jobs/jobWorker.ts'),
      },
      output: { format: 'cjs', entryFileNames: '[name].js' },
    },
  },
});
