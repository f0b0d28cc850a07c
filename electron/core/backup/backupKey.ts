// Unwraps a backup's data key with the key slots stored inside that backup, so it opens with the passphrase it was made under.
import { AppError } from '../errors/AppError';
import { keyFileMacValid, openSlot, parseKeyFile, type KeyFile } from '../vault/keyFile';
import { normalizeRecoveryCode } from '../vault/recoveryCode';
import type { UnlockSecret } from '../vault/vault';

export function parseBackupKeyFile(bytes: Buffer): KeyFile {
  try {
    return parseKeyFile(bytes.toString('utf8'));
  } catch (error) {
    if (error instanceof AppError && error.code === 'VAULT_TOO_NEW') throw error;
    throw new AppError('VAULT_CORRUPT', 'The key slots inside this backup are damaged, so it cannot be opened. Nothing was changed; try another backup.', undefined, error);
  }
}

/** The data key (caller zeroes it), or WRONG_PASSPHRASE / WRONG_RECOVERY_CODE naming the backup, so nobody retypes their current passphrase in vain. */
export async function unwrapBackupKey(keyFile: KeyFile, secret: UnlockSecret): Promise<Buffer> {
  const byPassphrase = 'passphrase' in secret;
  const text = byPassphrase ? secret.passphrase : normalizeRecoveryCode(secret.recoveryCode);
  for (const slot of keyFile.slots.filter((s) => s.kind === (byPassphrase ? 'passphrase' : 'recovery'))) {
    const result = await openSlot(slot, text);
    if (result.status !== 'ok') continue;
    if (keyFileMacValid(keyFile, result.dataKey)) return result.dataKey;
    result.dataKey.fill(0);
    throw new AppError('VAULT_CORRUPT', 'The key slots inside this backup failed their authenticity check. Nothing was changed; try another backup.');
  }
  throw byPassphrase
    ? new AppError('WRONG_PASSPHRASE', 'That is not the passphrase this backup was made with. Nothing was changed; use the passphrase you had when the backup was made.')
    : new AppError('WRONG_RECOVERY_CODE', 'That is not the recovery code of this backup. Nothing was changed; use the recovery code you had when the backup was made.');
}
