// Result envelopes for failures that happen before core answers (network down, a broken response).
import type { ErrorCode, Result } from '../contract';
import { defaultMessages } from '../contract';

export function failure(code: ErrorCode, message: string = defaultMessages[code]): Result<never> {
  return { ok: false, error: { code, message } };
}

export const unreachable = (): Result<never> =>
  failure('IO_ERROR', 'Afterword is not answering right now. Your text is still here; it will try again.');

/** True when a parsed JSON body has the contract's `{ ok, value | error }` shape. */
export function isEnvelope(body: unknown): body is Result<unknown> {
  if (body === null || typeof body !== 'object') return false;
  const { ok, error } = body as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (ok === true) return 'value' in body;
  return ok === false && typeof error?.code === 'string' && typeof error.message === 'string';
}
