// Runs a background job in a worker thread when the shell built one (out/*/jobWorker.js), so the thread that answers requests
// never waits for it; unit tests, which run TypeScript sources, run the same job function in this thread instead.
import { Worker } from 'node:worker_threads';
import { runIntegrityCheck, type IntegrityJob, type IntegrityResult } from './integrityJob';

export class OffThread {
  private readonly running = new Set<Worker>();

  /** `workerScript`: the built jobWorker.js, or undefined to run in this thread. */
  constructor(private readonly workerScript?: string) {}

  integrityCheck(job: IntegrityJob): Promise<IntegrityResult> {
    if (!this.workerScript) return new Promise((resolve) => setImmediate(() => resolve(runIntegrityCheck(job))));
    const worker = new Worker(this.workerScript, { workerData: job });
    this.running.add(worker);
    return new Promise<IntegrityResult>((resolve) => {
      worker.once('message', (result: IntegrityResult) => resolve(result));
      worker.once('error', () => resolve({ ok: false, code: 'INTERNAL' }));
      // Stopped before it answered (the journal closed): nothing was found, nothing to report.
      worker.once('exit', () => resolve({ ok: true }));
    }).finally(() => this.running.delete(worker));
  }

  /** Ends every running job (the journal is closing). */
  stopAll(): void {
    for (const worker of this.running) void worker.terminate();
  }
}
