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

/** A pass that is not a transaction (checking a file) gives other calls a turn about this often. */
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

/**
 * How long one batch holds the journal, counted whole: its entries, its commit and the checkpoint after it. A save arriving
 * meanwhile waits for all three, so the commit and checkpoint count too (they were ~60% of a batch, and grow with its entries).
 */
const HOLD_MS = 50;

/**
 * Sizes each batch from the last ones: how long an entry costs, all in (adding, committing, checkpointing), so that the next
 * batch holds the journal about HOLD_MS. Work time alone also stops a batch at HOLD_MS (a very large entry).
 */
export class BatchSizer {
  /** Until a batch has run, an entry is taken to cost the whole hold: the first batch is one entry. */
  private msPerEntry: number;

  constructor(private readonly holdMs = HOLD_MS) {
    this.msPerEntry = holdMs;
  }

  /** How many entries the next batch takes. */
  next(): number {
    return Math.max(1, Math.round(this.holdMs / this.msPerEntry));
  }

  /** What the last batch cost in all, for how many entries. */
  took(ms: number, entries: number): void {
    if (entries > 0) this.msPerEntry = (this.msPerEntry + ms / entries) / 2;
  }
}

/** Calls `add` for each item, in transactions of about HOLD_MS each; answers how many it added (`add` answers false to skip one). */
export async function addInBatches<T>(db: Db, items: Iterable<T>, total: number, add: (item: T) => boolean, control: ImportControl) {
  let added = 0;
  const iterator = items[Symbol.iterator]();
  let done = 0;
  let finished = false;
  const sizer = new BatchSizer();
  // The transaction's commit and the checkpoint after it (wal_autocheckpoint) run inside this call.
  const batch = db.transaction((limit: number) => {
    const started = performance.now();
    for (let taken = 0; taken < limit && performance.now() - started < HOLD_MS; taken += 1) {
      const next = iterator.next();
      if (next.done) return void (finished = true);
      if (add(next.value)) added += 1;
      done += 1;
    }
  });
  control.onProgress(0, total, 'adding');
  while (!finished) {
    stopIfCancelled(control);
    const before = done;
    const started = performance.now();
    batch(sizer.next());
    sizer.took(performance.now() - started, done - before);
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
