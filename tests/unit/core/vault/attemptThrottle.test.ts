import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttemptLedger } from '../../../../electron/core/vault/attemptLedger';
import { AttemptThrottle, delaySecondsAfter, type ThrottledResult } from '../../../../electron/core/vault/attemptThrottle';
import type { UnwrapResult } from '../../../../electron/core/vault/unwrapWithSecret';
import { AppError } from '../../../../electron/core/errors/AppError';
import type { Journal } from '../../../../electron/core/journal';
import { call, makeTempDir, openTestJournal } from '../../helpers/tempJournal';

const PASSPHRASE = 'correct horse battery staple';

describe('delay after wrong attempts', () => {
  it('is free for five, then doubles from one second, and stops growing at five minutes', () => {
    expect([0, 1, 4].map(delaySecondsAfter)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8, 13].map(delaySecondsAfter)).toEqual([1, 2, 4, 8, 256]);
    expect([14, 20, 1000, 1e9].map(delaySecondsAfter)).toEqual([300, 300, 300, 300]);
  });
});

describe('AttemptThrottle', () => {
  let time: number;
  let throttle: AttemptThrottle;
  const T = 'a'.repeat(32);
  const wrong = () => Promise.resolve({ status: 'wrong', kind: 'passphrase' } as const);
  const right = () => Promise.resolve({ status: 'ok', dataKey: Buffer.alloc(32) } as const);
  const run = (check: () => Promise<UnwrapResult>, target = T) => throttle.run(target, check, { clearOnSuccess: true });
  const code = (promise: Promise<ThrottledResult>) =>
    promise.then(
      (r) => r.status,
      (error: AppError) => error.code,
    );
  beforeEach(() => {
    time = 0;
    throttle = new AttemptThrottle(new AttemptLedger(null), () => time);
  });

  it('refuses before running the check while the delay lasts, and never forever', async () => {
    for (let i = 0; i < 5; i++) expect(await code(run(wrong))).toBe('wrong');
    let ran = false;
    const refused = await run(async () => {
      ran = true;
      return right();
    }).catch((error: AppError) => error);
    expect(ran).toBe(false);
    expect(refused).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 1 } });
    expect((refused as AppError).message).toMatch(/Wait 1 second, then try again/);
    time += 1000;
    expect(await code(run(right))).toBe('ok');
    // Success resets the count: five more free tries.
    for (let i = 0; i < 5; i++) expect(await code(run(wrong))).toBe('wrong');
  });

  it('announces the wait with the wrong-secret answer itself, and the wait grows to the cap', async () => {
    let last: unknown;
    for (let i = 0; i < 20; i++) {
      last = await run(wrong);
      time += delaySecondsAfter(i + 1) * 1000;
    }
    expect(last).toMatchObject({ status: 'wrong', retryAfterSeconds: 300 });
    time -= 120_000;
    const refused = await run(right).catch((error: AppError) => error);
    expect(refused).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 120 } });
    expect((refused as AppError).message).toMatch(/Wait 2 minutes/);
    time += 120_000;
    expect(await code(run(right))).toBe('ok');
  });

  it('counts parallel guesses one by one, so a burst cannot slip past the limit', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => code(run(wrong))));
    expect(results.filter((r) => r === 'wrong')).toHaveLength(5);
    expect(results.filter((r) => r === 'TOO_MANY_ATTEMPTS')).toHaveLength(15);
  });

  it('does not count other failures (a damaged key file) as guesses', async () => {
    for (let i = 0; i < 10; i++) expect(await code(run(() => Promise.resolve({ status: 'tampered' } as const)))).toBe('tampered');
    expect(await code(run(right))).toBe('ok');
  });

  it('keeps one count per target, and a success that does not clear (a restore) leaves every count as it was', async () => {
    const other = 'b'.repeat(32);
    for (let i = 0; i < 5; i++) await run(wrong);
    for (let i = 0; i < 5; i++) await run(wrong, other);
    time += 1000;
    expect(await code(throttle.run(other, right, { clearOnSuccess: false }))).toBe('ok');
    expect(await code(run(wrong, other))).toBe('wrong');
    expect(await code(run(wrong))).toBe('wrong');
    expect(await code(run(right))).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('unlock slows down after repeated wrong secrets', () => {
  let journal: Journal;
  let cleanup: () => void;
  let now: number;
  let recoveryCode: string;
  beforeEach(async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    now = Date.parse('2026-01-01T12:00:00Z');
    journal = openTestJournal(temp.dir, { now: () => new Date(now) });
    ({ recoveryCode } = await call(journal, 'vault.create', { passphrase: PASSPHRASE }));
    await call(journal, 'vault.lock');
  });
  afterEach(() => {
    journal.close();
    cleanup();
  });

  it('answers TOO_MANY_ATTEMPTS with retryAfterSeconds, counting passphrases and recovery codes together, then lets the owner in', async () => {
    for (let i = 0; i < 3; i++) await journal.dispatch('vault.unlock', { passphrase: `wrong ${i}` });
    for (let i = 0; i < 2; i++) await journal.dispatch('vault.unlock', { recoveryCode: `WRONG-${i}` });
    const refused = await journal.dispatch('vault.unlock', { passphrase: PASSPHRASE });
    expect(refused).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', details: { retryAfterSeconds: 1 } } });
    expect(await journal.dispatch('vault.unlock', { recoveryCode })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    now += 1000;
    await call(journal, 'vault.unlock', { recoveryCode });
  });

  it('also guards the passphrase checks of changePassphrase and rotateRecoveryCode', async () => {
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    for (let i = 0; i < 5; i++) await journal.dispatch('vault.rotateRecoveryCode', { passphrase: `wrong ${i}` });
    expect(await journal.dispatch('vault.changePassphrase', { current: PASSPHRASE, next: 'something new' })).toMatchObject({
      ok: false,
      error: { code: 'TOO_MANY_ATTEMPTS' },
    });
  });
});
