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
      // The host, the worker thread the journal runs in (core/worker), and the one its background jobs run in (core/jobs/offThread.ts).
      input: {
        index: resolve(import.meta.dirname, 'electron/web/index.ts'),
        jobWorker: resolve(import.meta.dirname, 'electron/core/jobs/jobWorker.ts'),
        journalWorker: resolve(import.meta.dirname, 'electron/core/worker/journalWorker.ts'),
      },
      output: { format: 'cjs', entryFileNames: '[name].js' },
    },
  },
});
