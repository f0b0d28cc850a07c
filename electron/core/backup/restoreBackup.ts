// Restore: unwrap the backup's key with its own slots, stage and integrity_check its database, and only then swap it in.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { assertIntact } from '../db/integrity';
import { schemaVersion } from '../db/migrate';
import { migrations } from '../db/migrations';
import { openEncryptedDatabase } from '../db/openDatabase';
import { AppError } from '../errors/AppError';
import { atomicWriteFileSync } from '../fs/atomicWriteFileSync';
import type { UnlockSecret } from '../vault/vault';
import type { ThrottledResult } from '../vault/attemptThrottle';
import type { KeyFile } from '../vault/keyFile';
import { backupDataKey, parseBackupKeyFile } from './backupKey';
import { countLiveEntries } from './snapshot';
import { STAGED_DATABASE, STAGED_KEY_FILE, swapInJournal, type JournalPaths } from './swapJournal';

/** What restore needs from the vault: where the journal lives, and a way to close and reopen it. */
export interface RestoreTarget extends JournalPaths {
  readonly nativeBinding?: string;
  lock(): void;
  unlock(secret: UnlockSecret): Promise<void>;
  /** Opens key slots under the vault's wrong-attempt limit: an automatic backup holds the journal's own key slots. */
  unwrapGuarded(keyFile: KeyFile, secret: UnlockSecret): Promise<ThrottledResult>;
}

export interface RestoreResult {
  /** Where the replaced journal now lives (null when the folder had none, or on a preview), so a mistaken restore can be undone. */
  replacedDir: string | null;
  /** Entries outside the Trash in the backup, counted in its verified database. */
  entries: number;
}

/**
 * With `preview`, everything up to the swap happens (secret, integrity, count) and then nothing changes:
 * the confirmation can say exactly what a restore would do.
 */
export async function restoreJournal(
  target: RestoreTarget,
  source: { keyFile: Buffer; database: Buffer },
  secret: UnlockSecret,
  options: { preview?: boolean } = {},
): Promise<RestoreResult> {
  const keyFile = parseBackupKeyFile(source.keyFile);
  const dataKey = backupDataKey(await target.unwrapGuarded(keyFile, secret));
  const dataDir = path.dirname(target.keyFilePath);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Staged inside the data folder so the final moves are same-filesystem renames.
  const staged = mkdtempSync(path.join(dataDir, '.restore-'));
  let entries: number;
  try {
    atomicWriteFileSync(path.join(staged, STAGED_DATABASE), source.database);
    atomicWriteFileSync(path.join(staged, STAGED_KEY_FILE), source.keyFile);
    entries = verifyStagedDatabase(path.join(staged, STAGED_DATABASE), dataKey, target.nativeBinding);
  } catch (error) {
    rmSync(staged, { recursive: true, force: true });
    throw error;
  } finally {
    dataKey.fill(0);
  }
  if (options.preview) {
    rmSync(staged, { recursive: true, force: true });
    return { replacedDir: null, entries };
  }
  target.lock();
  const replacedDir = swapInJournal(target, staged);
  await target.unlock(secret);
  return { replacedDir, entries };
}

const latestSchemaVersion = () => migrations[migrations.length - 1]?.version ?? 0;

/** Answers the number of entries outside the Trash in the verified copy. */
function verifyStagedDatabase(file: string, dataKey: Buffer, nativeBinding: string | undefined): number {
  const damaged = 'The journal inside this backup is damaged (it failed its integrity check), so nothing was changed. Try another backup.';
  let db;
  try {
    db = openEncryptedDatabase(file, dataKey, { nativeBinding, readonly: true });
  } catch (error) {
    throw error instanceof AppError && error.code === 'VAULT_CORRUPT' ? new AppError('VAULT_CORRUPT', damaged, undefined, error) : error;
  }
  try {
    assertIntact(db, 'integrity_check', damaged);
    if (schemaVersion(db) > latestSchemaVersion()) {
      throw new AppError(
        'VAULT_TOO_NEW',
        'This backup was made by a newer version of Afterword. Update the app to restore it; nothing was changed.',
      );
    }
    return countLiveEntries(db);
  } finally {
    db.close();
  }
}
