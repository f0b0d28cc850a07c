// Contract handlers for backup.* methods.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { RestoreOutcome } from '../../contract';
import type { backupMethodNames } from '../../contract/backup/names';
import type { HandlerMap } from '../dispatch/handler';
import { repairStoredDocuments } from '../documents/repairStoredDocuments';
import { AppError, toAppError } from '../errors/AppError';
import { uploadBytes } from '../files/uploadReader';
import type { UnlockSecret, Vault } from '../vault/vault';
import { backupsDir, listAutomaticBackups } from './autoBackups';
import { BACKUP_EXTENSION, decodeBackup, type BackupContents } from './backupFormat';
import { restoreJournal } from './restoreBackup';
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

async function restoreOrPreview(vault: Vault, backup: BackupContents, secret: UnlockSecret, preview: boolean): Promise<RestoreOutcome> {
  const before = currentEntries(vault);
  const { replacedDir, entries } = await restoreJournal(vault, backup, secret, { preview });
  if (!preview) checkRestoredDocuments(vault);
  return { createdAt: backup.header.createdAt, entries, currentEntries: before, replaced: replacedDir && path.basename(replacedDir) };
}

export const backupHandlers: HandlerMap<(typeof backupMethodNames)[number]> = {
  'backup.create': (_input, context) => backupInJob(context, `Afterword backup ${context.today()}${BACKUP_EXTENSION}`),
  // A backup is checked whole (its checksum covers every byte), so a sealed upload is read whole here.
  'backup.restore': (input, { vault }) =>
    restoreOrPreview(vault, decodeBackup(uploadBytes(input.file, dataDirOf(vault))), secretOf(input), input.preview ?? false),
  'backup.listAutomatic': (_input, { vault }) => ({ items: listAutomaticBackups(dataDirOf(vault)) }),
  'backup.restoreAutomatic': async (input, { vault }) => {
    const file = await fs.readFile(path.join(backupsDir(dataDirOf(vault)), input.name)).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new AppError('NOT_FOUND', 'That automatic backup is no longer there. Pick another one.') : error;
    });
    return restoreOrPreview(vault, decodeBackup(file), secretOf(input), input.preview ?? false);
  },
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
