// A backup's own key slots: parsed strictly, and the words for what opening them with a secret answered.
import { AppError } from '../errors/AppError';
import { wrongSecretError, type ThrottledResult } from '../vault/attemptThrottle';
import { parseKeyFile, type KeyFile } from '../vault/keyFile';

export function parseBackupKeyFile(bytes: Buffer): KeyFile {
  try {
    return parseKeyFile(bytes.toString('utf8'));
  } catch (error) {
    if (error instanceof AppError && error.code === 'VAULT_TOO_NEW') throw error;
    throw new AppError(
      'VAULT_CORRUPT',
      'The key slots inside this backup are damaged, so it cannot be opened. Nothing was changed; try another backup.',
      undefined,
      error,
    );
  }
}

/** The data key (caller zeroes it), or WRONG_PASSPHRASE / WRONG_RECOVERY_CODE naming the backup, so nobody retypes their current passphrase in vain. */
export function backupDataKey(result: ThrottledResult): Buffer {
  if (result.status === 'ok') return result.dataKey;
  if (result.status === 'tampered') {
    throw new AppError(
      'VAULT_CORRUPT',
      'The key slots inside this backup failed their authenticity check. Nothing was changed; try another backup.',
    );
  }
  return fail(result);
}

function fail(result: Extract<ThrottledResult, { status: 'wrong' }>): never {
  throw wrongSecretError(
    result,
    result.kind === 'passphrase'
      ? 'That is not the passphrase this backup was made with. Nothing was changed; use the passphrase you had when the backup was made.'
      : 'That is not the recovery code of this backup. Nothing was changed; use the recovery code you had when the backup was made.',
  );
}
