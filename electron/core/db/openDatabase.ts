// Open the SQLCipher-encrypted journal with a raw 256-bit key; a test query makes a wrong key or damaged file fail at once.
import Database from 'better-sqlite3-multiple-ciphers';
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import { AppError } from '../errors/AppError';
import { registerJournalFunctions } from './journalFunctions';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  readonly?: boolean;
}

/** Durability and safety settings and SQL functions of the journal, apart from the cipher (the benchmark's plain baseline uses them too). */
export function applyJournalSettings(db: Db, readonly = false): void {
  if (!readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // Checkpoint after every commit: an acknowledged save is then in journal.db itself, so a lost or damaged -wal loses nothing.
    db.pragma('wal_autocheckpoint = 1');
  }
  db.pragma('foreign_keys = ON');
  // Deleted rows (an entry deleted forever) leave zeroed pages, not recoverable leftovers, inside the encrypted file.
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  // The search triggers call these, so a connection without them could not save an entry.
  registerJournalFunctions(db);
}

/**
 * Creates the file empty and private (0600) when it does not exist yet. SQLite gives its -wal and -shm the database file's own
 * permissions, so they are private too; left to SQLite, all three would follow the umask (usually 0644, readable by others).
 */
export function createPrivateFile(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  // A journal from an earlier version may have left them readable by others.
  for (const companion of [`${file}-wal`, `${file}-shm`]) if (existsSync(companion)) chmodSync(companion, 0o600);
}

export function openEncryptedDatabase(file: string, dataKey: Buffer, options: OpenOptions = {}): Db {
  const readonly = options.readonly ?? false;
  if (!readonly) createPrivateFile(file);
  const db = new Database(file, { nativeBinding: options.nativeBinding, readonly, fileMustExist: readonly });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    // The hex string cannot be zeroed (JS strings are immutable); it lives only for this call.
    db.pragma(`key="x'${dataKey.toString('hex')}'"`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    applyJournalSettings(db, readonly);
    return db;
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new AppError(
        'VAULT_CORRUPT',
        'Your journal file could not be decrypted or is damaged. Nothing was deleted; restore it from a backup.',
      );
    }
    throw error;
  }
}
