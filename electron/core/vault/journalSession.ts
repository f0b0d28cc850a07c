// The open journal: one database connection and its data key, from opening (checks, migrations) to closing (key wiped).
import { markCleanClose, takeUncleanShutdown } from '../db/cleanClose';
import { openEncryptedDatabase, type Db } from '../db/openDatabase';
import { clearWalNeeded, refuseIfWalMissing, settleWal } from '../db/walNeeded';
import { AppError, toAppError } from '../errors/AppError';
import { undoUnfinishedImport } from '../imports/importLedger';
import { migrateWithSafety, type MigrationHooks } from './journalSafety';

export interface JournalSessionOptions extends MigrationHooks {
  databasePath: string;
  nativeBinding?: string;
}

export class JournalSession {
  private db: Db | null = null;
  private dataKey: Buffer | null = null;

  constructor(private readonly options: JournalSessionOptions) {}

  get isOpen(): boolean {
    return this.db !== null;
  }

  /** The open database, or LOCKED. */
  database(): Db {
    if (!this.db) throw new AppError('LOCKED');
    return this.db;
  }

  /** A copy of the data key for work that must outlive a lock (rewrapping; a background job's own connection); the caller wipes it. */
  dataKeyCopy(): Buffer {
    if (!this.dataKey) throw new AppError('LOCKED');
    return Buffer.from(this.dataKey);
  }

  /** Opens, migrates and keeps the database; takes ownership of `dataKey` (wiped here if opening fails). */
  open(dataKey: Buffer): void {
    let db: Db;
    let unclean: boolean;
    try {
      refuseIfWalMissing(this.options.databasePath);
      // A -wal no clean close marked means the last session ended in a crash or a kill (db/cleanClose.ts).
      unclean = takeUncleanShutdown(this.options.databasePath);
      db = openEncryptedDatabase(this.options.databasePath, dataKey, { nativeBinding: this.options.nativeBinding });
    } catch (error) {
      dataKey.fill(0);
      throw toAppError(error);
    }
    try {
      migrateWithSafety(db, { ...this.options, check: unclean });
      // An import the last session did not finish (killed, or locked before its undo ran) is taken back before anyone reads.
      undoUnfinishedImport(db);
    } catch (error) {
      db.close();
      dataKey.fill(0);
      throw toAppError(error);
    }
    this.db = db;
    this.dataKey = dataKey;
  }

  /**
   * Hands the open connection and its key to the caller (a rekey, which checkpoints and closes it itself) and forgets both:
   * the session is closed from here on. Null when nothing is open.
   */
  release(): { db: Db; dataKey: Buffer } | null {
    if (!this.db || !this.dataKey) return null;
    const open = { db: this.db, dataKey: this.dataKey };
    this.db = null;
    this.dataKey = null;
    return open;
  }

  /** After each call, before its answer: see db/walNeeded.ts. */
  settleWal(): void {
    if (this.db) settleWal(this.db, this.options.databasePath);
  }

  close(): void {
    const wasOpen = this.db !== null;
    this.db?.close();
    if (wasOpen) {
      clearWalNeeded(this.options.databasePath);
      markCleanClose(this.options.databasePath);
    }
    this.db = null;
    this.dataKey?.fill(0);
    this.dataKey = null;
  }
}
