// Contract handlers for backup.* methods.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FilePayload } from '../../contract';
import type { backupMethodNames } from '../../contract/backup/names';
import type { HandlerMap } from '../dispatch/handler';
import { repairStoredDocuments } from '../documents/repairStoredDocuments';
import { AppError } from '../errors/AppError';
import type { UnlockSecret, Vault } from '../vault/vault';
import { backupsDir, listAutomaticBackups } from './autoBackups';
import { BACKUP_EXTENSION, BACKUP_MIME_TYPE, decodeBackup } from './backupFormat';
import { restoreJournal } from './restoreBackup';
import { snapshotBackup } from './snapshot';

const dataDirOf = (vault: Vault) => path.dirname(vault.keyFilePath);
const secretOf = (input: { passphrase: string } | { recoveryCode: string }): UnlockSecret =>
  'passphrase' in input ? { passphrase: input.passphrase } : { recoveryCode: input.recoveryCode };

/** A restored journal's documents came from a file: held to the same schema as anything else that comes in, once it is open. */
function checkRestoredDocuments(vault: Vault): void {
  const db = vault.database();
  db.transaction(() => repairStoredDocuments(db))();
}

export const backupHandlers: HandlerMap<(typeof backupMethodNames)[number]> = {
  'backup.create': (_input, { vault, today }): FilePayload => ({
    fileName: `Afterword backup ${today()}${BACKUP_EXTENSION}`,
    mimeType: BACKUP_MIME_TYPE,
    data: snapshotBackup({ db: vault.database(), keyFilePath: vault.keyFilePath, workDir: dataDirOf(vault) }),
  }),
  'backup.restore': async (input, { vault }) => {
    await restoreJournal(vault, decodeBackup(input.file), secretOf(input));
    checkRestoredDocuments(vault);
    return {};
  },
  'backup.listAutomatic': (_input, { vault }) => ({ items: listAutomaticBackups(dataDirOf(vault)) }),
  'backup.restoreAutomatic': async (input, { vault }) => {
    const file = await fs.readFile(path.join(backupsDir(dataDirOf(vault)), input.name)).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new AppError('NOT_FOUND', 'That automatic backup is no longer there. Pick another one.') : error;
    });
    await restoreJournal(vault, decodeBackup(file), secretOf(input));
    checkRestoredDocuments(vault);
    return {};
  },
};
