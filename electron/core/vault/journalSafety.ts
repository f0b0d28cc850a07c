// What happens around opening the database: refuse a missing file, quick_check after an unclean shutdown, a hook before migrating, migrations.
import { statSync } from 'node:fs';
import path from 'node:path';
import { assertIntact } from '../db/integrity';
import { migrate, schemaVersion } from '../db/migrate';
import { migrations } from '../db/migrations';
import type { Db } from '../db/openDatabase';
import { AppError, toAppError } from '../errors/AppError';

/** SQLite's smallest page: a real journal is never shorter, while a file of a few bytes opens as a new, empty database. */
const MIN_DATABASE_BYTES = 512;

export interface MigrationHooks {
  /**
   * Runs quick_check before anything else. The session asks for it only after an unclean shutdown (docs/RELIABILITY.md):
   * otherwise SQLCipher's per-page HMAC catches damage on every read, and the daily backup checks every page in the background.
   */
  check?: boolean;
  /** Before migrating an existing journal of an older schema (the journal writes a pre-migration backup); a throw stops the open. */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
  /** On every open, after migrations, in the same guarded step (e.g. syncing built-in templates). */
  afterMigrate?: (db: Db) => void;
}

/**
 * The key file is written only after its database exists (Vault.create), so a vault.json without a database, or with one
 * too short to hold a page (which SQLite would happily open as a new, empty journal), means the journal was damaged or moved.
 */
export function assertDatabasePresent(databasePath: string): void {
  const size = statSync(databasePath, { throwIfNoEntry: false })?.size ?? 0;
  if (size >= MIN_DATABASE_BYTES) return;
  throw new AppError(
    'VAULT_CORRUPT',
    `Your journal file (${path.basename(databasePath)}) is missing or empty, so there is nothing to unlock. Nothing was deleted; restore the newest automatic backup or a backup file you made.`,
  );
}

/** quick_check when asked, then (for an existing journal of an older schema) the before-migrate hook, then the migrations, all or nothing. */
export function migrateWithSafety(db: Db, hooks: MigrationHooks): void {
  if (hooks.check) assertIntact(db, 'quick_check');
  const from = schemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (from > latest) throw new AppError('VAULT_TOO_NEW');
  if (from > 0 && from < latest && hooks.beforeMigrate) {
    try {
      hooks.beforeMigrate(db, from);
    } catch (error) {
      const cause = toAppError(error);
      throw new AppError(
        cause.code,
        `Afterword backs up your journal before upgrading it, and could not: ${cause.message}`,
        undefined,
        error,
      );
    }
  }
  try {
    // Each step is its own transaction; wrapped in one more, they nest as savepoints and a failure anywhere undoes them all.
    db.transaction(() => migrate(db))();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'INTERNAL',
      'Afterword could not upgrade your journal to this version. Nothing was changed, and a backup from just before is in the backups folder.',
      undefined,
      error,
    );
  }
  hooks.afterMigrate?.(db);
}
