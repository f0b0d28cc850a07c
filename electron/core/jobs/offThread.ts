// Runs a background job in a worker thread when the shell built one (out/*/jobWorker.js), so the thread that answers requests
// never waits for it; unit tests, which run TypeScript sources, run the same job function in this thread instead.
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobMessage, type JobResults } from './jobs';
import type { OnProgress } from './jobProgress';

/** What a job answers when its worker died or was stopped before answering. */
const stopped = { ok: false, code: 'INTERNAL', message: 'The background job stopped before it finished.' } as const;
/** What a job answers when it was cancelled (export.cancel, or the journal locked). */
const cancelled = { ok: false, code: 'CANCELLED', message: 'Stopped before it finished. Nothing was saved.' } as const;

export interface JobControl {
  onProgress?: OnProgress;
  /** A job with a name can be cancelled by it (`cancel`); one without (the checks, the daily backup) runs to its end. */
  name?: string;
}

interface Running {
  name?: string;
  stop(): void;
}

export class OffThread {
  private readonly running = new Set<Running>();

  /** `workerScript`: the built jobWorker.js, or undefined to run in this thread. */
  constructor(private readonly workerScript?: string) {}

  run<J extends Job>(job: J, control: JobControl = {}): Promise<JobResults[J['kind']]> {
    type Result = JobResults[J['kind']];
    return new Promise<Result>((resolve) => {
      const entry: Running = { name: control.name, stop: () => {} };
      this.running.add(entry);
      const finish = (result: Result | typeof stopped | typeof cancelled) => {
        this.running.delete(entry);
        resolve(result as Result);
      };
      if (this.workerScript) return this.inWorker(job, control, entry, finish);
      const timer = setImmediate(() => finish(runJob(job, control.onProgress) as Result));
      entry.stop = () => (clearImmediate(timer), finish(cancelled));
    });
  }

  private inWorker<J extends Job>(job: J, control: JobControl, entry: Running, finish: (result: never) => void): void {
    const worker = new Worker(this.workerScript!, { workerData: job });
    let outcome: unknown = stopped;
    worker.on('message', (message: JobMessage) => {
      if ('progress' in message) control.onProgress?.(message.progress.done, message.progress.total);
      else outcome = message.result;
    });
    // Answered only once the thread is gone: the caller may then close and delete what the job was writing.
    worker.once('exit', () => finish(outcome as never));
    worker.once('error', () => void worker.terminate());
    entry.stop = () => {
      outcome = cancelled;
      void worker.terminate();
    };
  }

  /** Stops the running jobs with this name (every named one without a name); true when there was one. */
  cancel(name?: string): boolean {
    const matching = [...this.running].filter((entry) => entry.name !== undefined && (name === undefined || entry.name === name));
    for (const entry of matching) entry.stop();
    return matching.length > 0;
  }

  /** Ends every running job (the journal is closing). */
  stopAll(): void {
    for (const entry of this.running) entry.stop();
  }
}
