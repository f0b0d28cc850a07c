// Adds an import's entries in short transactions with a turn of the event loop between them, so saves (and a Cancel) get in
// while a long import runs; the ledger makes the whole import undoable if it does not finish.
import type { Db } from '../db/openDatabase';
import { AppError } from '../errors/AppError';
import { undoImportStep } from './importLedger';

export interface ImportControl {
  maxEdge: number;
  /** Plugs into whatever carries progress to the page; `stage` says which pass (absent: entries being read). */
  onProgress(done: number, total: number, stage?: ImportStage): void;
  cancelled(): boolean;
}

/** checking: bytes of the file checked (import.json's first pass); adding: entries added. */
export type ImportStage = 'checking' | 'adding';

/** A transaction holds the journal at most about this long before a save may run. */
const BATCH_MS = 20;

export const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export const cancelledError = () => new AppError('CANCELLED', 'Import cancelled. Nothing was imported.');

/** Throws CANCELLED when the person cancelled (or the journal locked). */
export function stopIfCancelled(control: ImportControl): void {
  if (control.cancelled()) throw cancelledError();
}

/**
 * For a long pass that is not a transaction (checking a file): call with how far it has come after each step; about every
 * BATCH_MS it reports progress, stops if cancelled and gives other calls a turn (so it answers a promise then).
 */
export function pacer(control: ImportControl, total: number, stage: ImportStage): (done: number) => Promise<void> | undefined {
  let last = performance.now();
  return (done) => {
    if (performance.now() - last < BATCH_MS) return undefined;
    control.onProgress(done, total, stage);
    stopIfCancelled(control);
    return turn().then(() => {
      last = performance.now();
    });
  };
}

/** Calls `add` for each item, in transactions of about BATCH_MS each; answers how many it added (`add` answers false to skip one). */
export async function addInBatches<T>(db: Db, items: Iterable<T>, total: number, add: (item: T) => boolean, control: ImportControl) {
  let added = 0;
  const iterator = items[Symbol.iterator]();
  let done = 0;
  let finished = false;
  const batch = db.transaction(() => {
    const started = performance.now();
    while (performance.now() - started < BATCH_MS) {
      const next = iterator.next();
      if (next.done) return void (finished = true);
      if (add(next.value)) added += 1;
      done += 1;
    }
  });
  control.onProgress(0, total, 'adding');
  while (!finished) {
    stopIfCancelled(control);
    batch();
    control.onProgress(done, total, 'adding');
    await turn();
  }
  return added;
}

/**
 * What this import added goes again, in short transactions too. If the journal locked meanwhile, the rest is undone at the next
 * unlock (the ledger is in the journal).
 */
export async function undoImport(db: Db): Promise<void> {
  while (db.open && undoImportStep(db)) await turn();
}
