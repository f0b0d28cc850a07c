// Contract handlers for backup.* methods.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RestoreOutcome } from '../../contract';
import type { backupMethodNames } from '../../contract/backup/names';
import type { HandlerMap } from '../dispatch/handler';
import { repairStoredDocuments } from '../documents/repairStoredDocuments';
import { AppError, toAppError } from '../errors/AppError';
import { openFileReader } from '../files/fileReader';
import { openUpload, type UploadReader } from '../files/uploadReader';
import type { UnlockSecret, Vault } from '../vault/vault';
import { backupsDir, listAutomaticBackups } from './autoBackups';
import { BACKUP_EXTENSION } from './backupFormat';
import { restoreJournal } from './restoreBackup';
import { stageBackup } from './stageBackup';
import { backupInJob } from './backupInJob';
import { countLiveEntries } from './snapshot';
import { swapBackReplaced } from './swapJournal';

const dataDirOf = (vault: Vault) => path.dirname(vault.keyFilePath);
const secretOf = (input: { passphrase: string } | { recoveryCode: string }): UnlockSecret =>
  'passphrase' in input ? { passphrase: input.passphrase } : { recoveryCode: input.recoveryCode };

/** The size of the journal about to be replaced, when it is open to count. */
const currentEntries = (vault: Vault): number | null => (vault.status().unlocked ? countLiveEntries(vault.database()) : null);

/** A restored journal's documents came from a file: held to the same schema as anything else that comes in, once it is open. */
function checkRestoredDocuments(vault: Vault): void {
  const db = vault.database();
  db.transaction(() => repairStoredDocuments(db))();
}

/** The backup is read a window at a time into a staging folder (never whole in memory), then restored or previewed from there. */
async function restoreOrPreview(vault: Vault, open: () => UploadReader, secret: UnlockSecret, preview: boolean): Promise<RestoreOutcome> {
  const before = currentEntries(vault);
  const reader = open();
  let staged;
  try {
    staged = stageBackup(reader, dataDirOf(vault));
  } finally {
    reader.close();
  }
  const { replacedDir, entries } = await restoreJournal(vault, staged, secret, { preview });
  if (!preview) checkRestoredDocuments(vault);
  return { createdAt: staged.header.createdAt, entries, currentEntries: before, replaced: replacedDir && path.basename(replacedDir) };
}

/** An automatic backup by name, opened to read in windows. */
function automaticBackup(vault: Vault, name: string): () => UploadReader {
  return () => {
    try {
      return openFileReader(path.join(backupsDir(dataDirOf(vault)), name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new AppError('NOT_FOUND', 'That automatic backup is no longer there. Pick another one.');
      throw error;
    }
  };
}

export const backupHandlers: HandlerMap<(typeof backupMethodNames)[number]> = {
  'backup.create': (_input, context) => backupInJob(context, `Afterword backup ${context.today()}${BACKUP_EXTENSION}`),
  'backup.restore': (input, { vault }) =>
    restoreOrPreview(vault, () => openUpload(input.file, dataDirOf(vault)), secretOf(input), input.preview ?? false),
  'backup.listAutomatic': (_input, { vault }) => ({ items: listAutomaticBackups(dataDirOf(vault)) }),
  'backup.restoreAutomatic': (input, { vault }) =>
    restoreOrPreview(vault, automaticBackup(vault, input.name), secretOf(input), input.preview ?? false),
  'backup.undoRestore': async (input, { vault }) => {
    const replacedDir = path.join(dataDirOf(vault), input.replaced);
    if (!existsSync(path.join(replacedDir, path.basename(vault.keyFilePath)))) {
      throw new AppError('NOT_FOUND', 'The journal that restore replaced is no longer in the data folder, so nothing was changed.');
    }
    vault.lock();
    const aside = swapBackReplaced(vault, replacedDir);
    const unlocked = await vault.unlock(secretOf(input)).then(
      () => true,
      (error: unknown) => {
        // A different secret is expected (the journal put back may have another passphrase); anything else is a real failure.
        if (['WRONG_PASSPHRASE', 'WRONG_RECOVERY_CODE'].includes(toAppError(error).code)) return false;
        throw error;
      },
    );
    return { unlocked, replaced: aside && path.basename(aside) };
  },
};
