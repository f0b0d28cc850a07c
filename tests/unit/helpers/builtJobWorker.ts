// The real job worker for unit tests that need a job to run beside the journal (saves during an export, cancel): jobWorker.ts built
// as the shells build it (vite, CommonJS, npm packages external), once per test process.
import path from 'node:path';
import { build } from 'vite';

let built: Promise<string> | undefined;

/** The path of a built jobWorker.js, under node_modules so its packages resolve as in out/web. */
export function builtJobWorker(): Promise<string> {
  built ??= (async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const outDir = path.join(root, 'node_modules/.cache/afterword-unit-jobs', String(process.pid));
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        ssr: true,
        outDir,
        emptyOutDir: true,
        target: 'node20',
        rolldownOptions: {
          input: { jobWorker: path.join(root, 'electron/core/jobs/jobWorker.ts') },
          output: { format: 'cjs', entryFileNames: '[name].js' },
        },
      },
    });
    return path.join(outDir, 'jobWorker.js');
  })();
  return built;
}
