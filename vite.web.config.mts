// Builds the browser host (electron/web) for plain Node into out/web; npm dependencies stay external.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: resolve(import.meta.dirname, 'electron/web/index.ts'),
    outDir: 'out/web',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rolldownOptions: { output: { format: 'cjs', entryFileNames: 'index.js' } },
  },
});
