// The journal as a shell sees it when core runs in a worker thread: the same Journal interface, each call a message.
import { Worker } from 'node:worker_threads';
import type { AppEvent, Result } from '../../contract';
import { toAppError } from '../errors/AppError';
import type { PdfPrinter } from '../export/pdfPrinter';
import type { Journal } from '../journal';
import type { FromWorker, ToWorker, WorkerData, WorkerJournalOptions } from './protocol';
import { forTransfer } from './transfer';

export interface WorkerJournalHost {
  log(line: string): void;
  /** Prints the PDFs the worker asks for (the browser and Electron's windows live on the shell's thread). */
  pdfPrinter?: PdfPrinter;
}

/** How long close() waits for the worker to close the database (a long call may be finishing) before ending it anyway. */
const CLOSE_WAIT_MS = 10_000;

const stoppedResult: Result<unknown> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Afterword’s journal stopped unexpectedly. Restart Afterword; everything saved is kept.' },
};

/** `script`: the built journalWorker.js beside the shell's entry. */
export function startWorkerJournal(script: string, options: Omit<WorkerJournalOptions, 'canPrint'>, host: WorkerJournalHost): Journal {
  const listeners = new Set<(event: AppEvent) => void>();
  const calls = new Map<number, (result: Result<unknown>) => void>();
  const waits = new Map<number, () => void>();
  let nextId = 1;
  let unlocked = false;
  let closing = false;
  let current = spawn();

  function spawn() {
    const closed = new SharedArrayBuffer(4);
    const workerData: WorkerData = { options: { ...options, canPrint: !!host.pdfPrinter }, closed };
    const worker = new Worker(script, { workerData });
    worker.on('message', receive);
    worker.on('error', (error) => host.log(`journal worker: ${error.name}`));
    worker.on('exit', () => stopped(worker));
    return { worker, closed, alive: true };
  }

  function receive(message: FromWorker) {
    switch (message.type) {
      case 'result':
        calls.get(message.id)?.(message.result);
        calls.delete(message.id);
        return;
      case 'done':
        waits.get(message.id)?.();
        waits.delete(message.id);
        return;
      case 'event':
        return listeners.forEach((listener) => listener(message.event));
      case 'state':
        unlocked = message.unlocked;
        return;
      case 'log':
        return host.log(message.line);
      case 'print':
        return void print(message.id, message.job);
    }
  }

  // A worker that died takes the open journal with it: every waiting call gets a clear answer, the page sees the journal
  // locked, and a fresh worker is ready for the next unlock (what was committed is on disk; the WAL is replayed on open).
  function stopped(worker: Worker) {
    if (worker !== current.worker) return;
    current.alive = false;
    calls.forEach((answer) => answer(stoppedResult));
    calls.clear();
    waits.forEach((done) => done());
    waits.clear();
    if (closing) return;
    host.log('journal worker: stopped; starting a new one');
    const wasUnlocked = unlocked;
    unlocked = false;
    current = spawn();
    if (wasUnlocked) listeners.forEach((listener) => listener({ name: 'vault.locked', reason: 'user' }));
  }

  const send = (message: ToWorker) => {
    if (!current.alive) return false;
    const { value, transfer } = forTransfer(message);
    current.worker.postMessage(value, transfer);
    return true;
  };
  const print = async (id: number, job: Parameters<PdfPrinter['print']>[0]) => {
    try {
      send({ type: 'printed', id, pdf: await host.pdfPrinter!.print(job) });
    } catch (error) {
      send({ type: 'printed', id, error: toAppError(error).toShape() });
    }
  };
  const wait = (message: (id: number) => ToWorker) =>
    new Promise<void>((resolve) => {
      const id = nextId++;
      waits.set(id, resolve);
      if (!send(message(id))) resolve();
    });

  return {
    dispatch: (method, input) =>
      new Promise((resolve) => {
        const id = nextId++;
        calls.set(id, resolve);
        if (!send({ type: 'call', id, method, input })) resolve(stoppedResult);
      }),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isUnlocked: () => unlocked,
    lock(reason) {
      send({ type: 'lock', reason });
      unlocked = false;
    },
    requestLock: (reason, graceMs) => (unlocked ? wait((id) => ({ type: 'requestLock', id, reason, graceMs })) : Promise.resolve()),
    // Synchronous like the in-thread journal's, so a quitting shell knows the database is closed (WAL checkpointed) before it exits.
    close() {
      if (closing) return;
      closing = true;
      listeners.clear();
      if (send({ type: 'close' })) Atomics.wait(new Int32Array(current.closed), 0, 0, CLOSE_WAIT_MS);
      current.alive = false;
      void current.worker.terminate();
    },
    idle: () => wait((id) => ({ type: 'idle', id })),
  };
}
