// The messages between a shell's thread and the journal's worker thread: one shape per direction, plain data only.
import type { AppErrorShape, AppEvent, LockReason, Result } from '../../contract';
import type { PrintJob } from '../export/pdfPrinter';

/** What the worker needs to open the journal: plain data (functions cannot cross threads). */
export interface WorkerJournalOptions {
  dataDir: string;
  nativeBinding?: string;
  /** The built jobWorker.js, for the background jobs the journal starts (a worker of the worker). */
  jobWorker?: string;
  /** Test-only: the browser host's --auto-lock-seconds, in ms. */
  autoLockOverrideMs?: number;
  /** Test-only: the browser host's --clock-file; "now" is read from it on every call. */
  clockFile?: string;
  /** Whether the shell prints PDFs; the worker then asks it for each one. */
  canPrint: boolean;
}

export interface WorkerData {
  options: WorkerJournalOptions;
  /** One Int32: the worker sets it to 1 once the journal is closed, so the shell's close() can wait for it synchronously. */
  closed: SharedArrayBuffer;
}

export type ToWorker =
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'lock'; reason: LockReason }
  | { type: 'requestLock'; id: number; reason: LockReason; graceMs?: number }
  | { type: 'idle'; id: number }
  | { type: 'close' }
  | { type: 'printed'; id: number; pdf?: Uint8Array; error?: AppErrorShape };

export type FromWorker =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'done'; id: number }
  | { type: 'event'; event: AppEvent }
  | { type: 'state'; unlocked: boolean }
  | { type: 'log'; line: string }
  | { type: 'print'; id: number; job: PrintJob };
