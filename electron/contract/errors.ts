// The closed set of error codes every method may answer with, and the default message a person can act on.
export const errorCodes = [
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_CODE',
  'LOCKED',
  'ALREADY_EXISTS',
  'NO_VAULT',
  'NOT_FOUND',
  'INVALID_INPUT',
  'CONFLICT',
  'VAULT_CORRUPT',
  'VAULT_TAMPERED',
  'VAULT_TOO_NEW',
  'VAULT_IN_USE',
  'DISK_FULL',
  'IO_ERROR',
  'FORBIDDEN',
  'TOO_MANY_ATTEMPTS',
  'UNSUPPORTED',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** Optional machine-readable details (never secrets), e.g. the field that failed validation. */
  details?: Record<string, unknown>;
}

export const defaultMessages: Record<ErrorCode, string> = {
  WRONG_PASSPHRASE: 'That passphrase is not right. Nothing was changed; check Caps Lock and try again.',
  WRONG_RECOVERY_CODE: 'That recovery code is not right. Nothing was changed; check it letter by letter and try again.',
  LOCKED: 'Your journal is locked. Unlock it to continue.',
  ALREADY_EXISTS: 'A journal already exists in this folder. Unlock it instead of creating a new one.',
  NO_VAULT: 'There is no journal here yet. Create one to begin.',
  NOT_FOUND: 'That item no longer exists. It may have been deleted.',
  INVALID_INPUT: 'The request was not valid, so nothing was changed.',
  CONFLICT: 'This entry was changed elsewhere since you opened it. Reload it to see the newest text.',
  VAULT_CORRUPT: 'Your journal file is damaged and cannot be opened safely. Nothing was deleted; restore it from a backup.',
  VAULT_TAMPERED:
    "The journal's key file (vault.json) has been altered or damaged and failed its authenticity check. Restore it from a backup.",
  VAULT_TOO_NEW: 'This journal was written by a newer version of Afterword. Update the app to open it; nothing was changed.',
  VAULT_IN_USE: 'This journal is already open in another copy of Afterword. Close that one first.',
  DISK_FULL: 'Not saved — your disk is full. Your text is safe here; free some space and it will save.',
  IO_ERROR: 'Afterword could not read or write its files. Check that the data folder is writable, then try again.',
  FORBIDDEN: 'That request is not allowed.',
  TOO_MANY_ATTEMPTS: 'Too many wrong attempts in a row. Wait a moment, then try again.',
  UNSUPPORTED: 'That is not available here.',
  CANCELLED: 'Stopped before anything was changed.',
  INTERNAL: 'Something went wrong inside Afterword. Nothing was changed; please try again.',
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
