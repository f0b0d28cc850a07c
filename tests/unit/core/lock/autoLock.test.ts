import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../../electron/contract';
import { DEFAULT_LOCK_GRACE_MS, type Journal } from '../../../../electron/core/journal';
import { FakeClock } from '../../helpers/fakeClock';
import { call, makeTempDir, openTestJournal, paragraphDoc } from '../../helpers/tempJournal';

const PASSPHRASE = 'correct horse battery staple';
const MINUTE = 60_000;

describe('auto-lock after a while without activity', () => {
  let clock: FakeClock;
  let journal: Journal;
  let events: AppEvent[];
  let cleanup: () => void;

  beforeEach(async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    clock = new FakeClock();
    journal = openTestJournal(temp.dir, { autoLock: { clock } });
    events = [];
    journal.onEvent((event) => events.push(event));
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
  });
  afterEach(() => {
    journal.close();
    cleanup();
  });

  it('after the default 5 minutes asks the renderer to save, then locks once the grace period is over', async () => {
    clock.advance(5 * MINUTE - 1);
    expect(await call(journal, 'vault.status')).toMatchObject({ unlocked: true });
    clock.advance(1);
    expect(events).toEqual([{ name: 'vault.willLock', reason: 'idle' }]);
    clock.advance(DEFAULT_LOCK_GRACE_MS);
    await Promise.resolve();
    expect(await call(journal, 'vault.status')).toMatchObject({ unlocked: false });
    expect(events).toEqual([
      { name: 'vault.willLock', reason: 'idle' },
      { name: 'vault.locked', reason: 'idle' },
    ]);
    expect(await journal.dispatch('entries.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('locks at once when the renderer answers vault.willLock by locking itself', async () => {
    journal.onEvent((event) => {
      if (event.name === 'vault.willLock') void journal.dispatch('vault.lock', { reason: event.reason });
    });
    clock.advance(5 * MINUTE);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await call(journal, 'vault.status')).toMatchObject({ unlocked: false });
    expect(events.at(-1)).toEqual({ name: 'vault.locked', reason: 'idle' });
    expect(clock.pendingCount).toBe(0);
  });

  it('locks after 1 minute with the 1-minute setting, and vault.touch postpones it', async () => {
    await call(journal, 'settings.update', { autoLockMinutes: 1 });
    clock.advance(50_000);
    await call(journal, 'vault.touch');
    clock.advance(50_000);
    expect(await call(journal, 'vault.status')).toMatchObject({ unlocked: true });
    clock.advance(10_000 + DEFAULT_LOCK_GRACE_MS);
    await Promise.resolve();
    expect(await call(journal, 'vault.status')).toMatchObject({ unlocked: false });
  });

  it('keeps the setting across unlocks and counts again from each unlock', async () => {
    await call(journal, 'settings.update', { autoLockMinutes: 15 });
    await call(journal, 'vault.lock');
    clock.advance(60 * MINUTE);
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    clock.advance(15 * MINUTE - 1);
    expect(await call(journal, 'vault.status')).toMatchObject({ unlocked: true });
    clock.advance(1 + DEFAULT_LOCK_GRACE_MS);
    await Promise.resolve();
    expect(await call(journal, 'vault.status')).toMatchObject({ unlocked: false });
  });

  it('never locks by itself with the "never" setting', async () => {
    await call(journal, 'settings.update', { autoLockMinutes: null });
    clock.advance(48 * 60 * MINUTE);
    expect(await call(journal, 'vault.status')).toMatchObject({ unlocked: true });
    expect(events).toEqual([]);
  });

  it('stops counting once locked by hand', async () => {
    await call(journal, 'vault.lock');
    expect(clock.pendingCount).toBe(0);
    clock.advance(10 * MINUTE);
    expect(events).toEqual([{ name: 'vault.locked', reason: 'user' }]);
  });

  it('answers vault.touch with LOCKED while locked (the renderer then shows the unlock screen)', async () => {
    await call(journal, 'vault.lock');
    expect(await journal.dispatch('vault.touch', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});

describe('auto-lock interval override (browser host --auto-lock-seconds)', () => {
  it('locks after the override, whatever the setting says', async () => {
    const temp = makeTempDir();
    const clock = new FakeClock();
    const journal = openTestJournal(temp.dir, { autoLock: { clock, overrideMs: 3_000 } });
    try {
      await call(journal, 'vault.create', { passphrase: PASSPHRASE });
      await call(journal, 'entries.create', { doc: paragraphDoc('still here') });
      await call(journal, 'settings.update', { autoLockMinutes: 60 });
      clock.advance(3_000 + DEFAULT_LOCK_GRACE_MS);
      await Promise.resolve();
      expect(await call(journal, 'vault.status')).toMatchObject({ unlocked: false });
    } finally {
      journal.close();
      temp.cleanup();
    }
  });
});
