// Slows down guessing: after FREE_ATTEMPTS wrong secrets in a row against one target, each next try waits twice as long (capped).
import { AppError } from '../errors/AppError';
import { AttemptLedger } from './attemptLedger';
import type { UnwrapResult } from './unwrapWithSecret';

export const FREE_ATTEMPTS = 5;
export const MAX_DELAY_SECONDS = 300;

/** Seconds to wait after `failures` wrong secrets in a row: 0 for the first five, then 1, 2, 4 … up to five minutes. */
export function delaySecondsAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS);
}

function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export function tooManyAttempts(retryAfterSeconds: number): AppError {
  return new AppError(
    'TOO_MANY_ATTEMPTS',
    `Too many wrong attempts in a row. Wait ${waitText(retryAfterSeconds)}, then try again. Your journal is not locked for good.`,
    { retryAfterSeconds },
  );
}

/** A wrong answer, with the wait it started when it crossed the threshold, so the screen can show it before the next try. */
export type ThrottledResult =
  Exclude<UnwrapResult, { status: 'wrong' }> | (Extract<UnwrapResult, { status: 'wrong' }> & { retryAfterSeconds?: number });

/** The caller's words for a wrong secret, carrying the wait when there is one. */
export function wrongSecretError(result: { kind: 'passphrase' | 'recovery'; retryAfterSeconds?: number }, message?: string): AppError {
  const details = result.retryAfterSeconds ? { retryAfterSeconds: result.retryAfterSeconds } : undefined;
  return new AppError(result.kind === 'passphrase' ? 'WRONG_PASSPHRASE' : 'WRONG_RECOVERY_CODE', message, details);
}

/**
 * Every check of a passphrase or recovery code passes here. Checks run one at a time, so parallel guesses cannot slip past the
 * count; a refused try is answered at once, before any key derivation runs. Counts are per target (a key file's slots) and
 * persisted by the ledger; only a check that asks for it (an unlock, never a restore) clears its target on success.
 */
export class AttemptThrottle {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly ledger: AttemptLedger = new AttemptLedger(null),
    private readonly now: () => number = Date.now,
  ) {}

  run(target: string, check: () => Promise<UnwrapResult>, options: { clearOnSuccess: boolean }): Promise<ThrottledResult> {
    const turn = this.queue.then(() => this.attempt(target, check, options.clearOnSuccess));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async attempt(target: string, check: () => Promise<UnwrapResult>, clearOnSuccess: boolean): Promise<ThrottledResult> {
    const { failures, notBefore } = this.ledger.count(target);
    // Capped, so a clock set back (or a ledger from the future) never waits longer than the schedule's longest step.
    const waitMs = Math.min(notBefore - this.now(), MAX_DELAY_SECONDS * 1000);
    if (waitMs > 0) throw tooManyAttempts(Math.ceil(waitMs / 1000));
    const result = await check();
    if (result.status === 'ok' && clearOnSuccess) this.ledger.clear(target);
    if (result.status !== 'wrong') return result;
    const now = this.now();
    const delay = delaySecondsAfter(failures + 1);
    this.ledger.set(target, { failures: failures + 1, notBefore: now + delay * 1000, lastAt: now });
    return delay > 0 ? { ...result, retryAfterSeconds: delay } : result;
  }
}
