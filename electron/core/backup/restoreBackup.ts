// Restore: unwrap the backup's key with its own slots, stage and integrity_check its database, and only then swap it in.
import { rmSync } from 'node:fs';
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
import type { StagedBackup } from './stageBackup';
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
 * `staged`: the backup read and checked whole, its journal.db in a staging folder (stageBackup.ts), which this removes unless it is
 * swapped in. With `preview`, everything up to the swap happens (secret, integrity, count) and then nothing changes: the
 * confirmation can say exactly what a restore would do.
 */
export async function restoreJournal(
  target: RestoreTarget,
  staged: StagedBackup,
  secret: UnlockSecret,
  options: { preview?: boolean } = {},
): Promise<RestoreResult> {
  try {
    const keyFile = parseBackupKeyFile(staged.keyFile);
    const dataKey = backupDataKey(await target.unwrapGuarded(keyFile, secret));
    let entries: number;
    try {
      atomicWriteFileSync(path.join(staged.dir, STAGED_KEY_FILE), staged.keyFile);
      entries = verifyStagedDatabase(path.join(staged.dir, STAGED_DATABASE), dataKey, target.nativeBinding);
    } finally {
      dataKey.fill(0);
    }
    if (options.preview) {
      rmSync(staged.dir, { recursive: true, force: true });
      return { replacedDir: null, entries };
    }
    target.lock();
    const replacedDir = swapInJournal(target, staged.dir);
    await target.unlock(secret);
    return { replacedDir, entries };
  } catch (error) {
    // Gone already once swapped in; otherwise nothing of the backup is left behind.
    rmSync(staged.dir, { recursive: true, force: true });
    throw error;
  }
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
