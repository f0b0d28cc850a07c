// Builds main, preload and renderer from our own folders (DESIGN.md layout) into out/.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { DEV_SERVER_CONTENT_SECURITY_POLICY } from './electron/shell/contentSecurityPolicy';
import { precompressAssets } from './scripts/precompressAssets';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          journalWorker: resolve(__dirname, 'electron/core/worker/journalWorker.ts'),
          jobWorker: resolve(__dirname, 'electron/core/jobs/jobWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), precompressAssets()],
    // `npm run dev` loads the page from this server, not app://: it sends the policy too (contentSecurityPolicy.ts).
    server: { headers: { 'Content-Security-Policy': DEV_SERVER_CONTENT_SECURITY_POLICY } },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; minified it is under half the size to parse on every start.
      minify: true,
      // One local bundle read from disk, never over a network: its size is not a download cost.
      chunkSizeWarningLimit: 1024,
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
