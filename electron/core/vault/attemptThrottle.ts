// Slows down guessing: after FREE_ATTEMPTS wrong secrets in a row, each next try waits twice as long (capped), never forever.
import { AppError } from '../errors/AppError';

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

const isWrongSecret = (error: unknown) => error instanceof AppError && (error.code === 'WRONG_PASSPHRASE' || error.code === 'WRONG_RECOVERY_CODE');

/**
 * One counter for every check of a passphrase or recovery code. Checks run one at a time, so parallel guesses
 * cannot slip past the count; a refused try is answered at once, before any key derivation runs.
 * Kept in memory only: see docs/SECURITY.md (the real limit on offline guessing is Argon2id's cost).
 */
export class AttemptThrottle {
  private failures = 0;
  private notBefore = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly now: () => number = Date.now) {}

  run<T>(check: () => Promise<T>): Promise<T> {
    const turn = this.queue.then(() => this.attempt(check));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async attempt<T>(check: () => Promise<T>): Promise<T> {
    const waitMs = this.notBefore - this.now();
    if (waitMs > 0) throw tooManyAttempts(Math.ceil(waitMs / 1000));
    try {
      const result = await check();
      this.failures = 0;
      this.notBefore = 0;
      return result;
    } catch (error) {
      if (!isWrongSecret(error)) throw error;
      this.failures += 1;
      const delay = delaySecondsAfter(this.failures);
      this.notBefore = this.now() + delay * 1000;
      // Say how long to wait right away, so the screen can show it before the next try is refused.
      if (delay > 0) throw new AppError((error as AppError).code, (error as AppError).message, { retryAfterSeconds: delay });
      throw error;
    }
  }
}
