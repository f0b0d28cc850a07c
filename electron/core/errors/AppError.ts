// Exceptions inside core carry a contract error code; the dispatcher turns them into result envelopes.
import { defaultMessages, type AppErrorShape, type ErrorCode } from '../../contract/errors';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string = defaultMessages[code], details?: Record<string, unknown>, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toShape(): AppErrorShape {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

/** Map low-level failures (errno, SQLite codes) to codes a person can act on. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const wrap = (appCode: ErrorCode) => new AppError(appCode, undefined, undefined, error);
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT') return wrap('DISK_FULL');
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || code === 'SQLITE_CORRUPT_VTAB') return wrap('VAULT_CORRUPT');
  if (
    typeof code === 'string' &&
    (/^E[A-Z]+$/.test(code) || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN')
  ) {
    return wrap('IO_ERROR');
  }
  return wrap('INTERNAL');
}
