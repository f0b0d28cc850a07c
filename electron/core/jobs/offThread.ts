// Runs a background job in a worker thread when the shell built one (out/*/jobWorker.js), so the thread that answers requests
// never waits for it; unit tests, which run TypeScript sources, run the same job function in this thread instead.
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobResults } from './jobs';

/** What a job answers when its worker died or was stopped before answering. */
const stopped = { ok: false, code: 'INTERNAL', message: 'The background job stopped before it finished.' } as const;

export class OffThread {
  private readonly running = new Set<Worker>();

  /** `workerScript`: the built jobWorker.js, or undefined to run in this thread. */
  constructor(private readonly workerScript?: string) {}

  run<J extends Job>(job: J): Promise<JobResults[J['kind']]> {
    if (!this.workerScript) return new Promise((resolve) => setImmediate(() => resolve(runJob(job) as JobResults[J['kind']])));
    const worker = new Worker(this.workerScript, { workerData: job });
    this.running.add(worker);
    return new Promise<JobResults[J['kind']]>((resolve) => {
      worker.once('message', (result: JobResults[J['kind']]) => resolve(result));
      worker.once('error', () => resolve(stopped));
      worker.once('exit', () => resolve(stopped));
    }).finally(() => this.running.delete(worker));
  }

  /** Ends every running job (the journal is closing). */
  stopAll(): void {
    for (const worker of this.running) void worker.terminate();
  }
}
