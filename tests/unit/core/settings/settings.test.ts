// Settings live in the encrypted journal: auto-lock's interval, only the offered ones, kept across lock and unlock.
import { describe, expect } from 'vitest';
import { call, journalTest as it, TEST_PASSPHRASE as PASSPHRASE } from '../../helpers/tempJournal';

describe('settings', () => {
  it('starts with auto-lock after 5 minutes', async ({ journal }) => {
    expect(await call(journal, 'settings.get')).toMatchObject({ autoLockMinutes: 5 });
  });

  it('accepts each offered interval and "never", and keeps it across lock and unlock', async ({ journal }) => {
    for (const minutes of [1, 5, 15, 30, 60, null] as const) {
      expect(await call(journal, 'settings.update', { autoLockMinutes: minutes })).toMatchObject({ autoLockMinutes: minutes });
    }
    await call(journal, 'settings.update', { autoLockMinutes: 30 });
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    expect(await call(journal, 'settings.get')).toMatchObject({ autoLockMinutes: 30 });
  });

  it('refuses intervals that are not offered', async ({ journal }) => {
    for (const autoLockMinutes of [0, 2, -1, 1.5, Infinity, Number.NaN, '5', true]) {
      const result = await journal.dispatch('settings.update', { autoLockMinutes });
      expect(result, String(autoLockMinutes)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await journal.dispatch('settings.update', { theme: 'dark' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('needs the journal unlocked: settings live inside the encrypted database', async ({ journal }) => {
    await call(journal, 'vault.lock');
    expect(await journal.dispatch('settings.get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await journal.dispatch('settings.update', { autoLockMinutes: 1 })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});

describe('check-in reminder setting', () => {
  it('is off by default, keeps a chosen time and days, and refuses a time that is not HH:MM', async ({ journal }) => {
    expect((await call(journal, 'settings.get')).reminders).toEqual({
      checkIn: { enabled: false, time: '20:00', days: [0, 1, 2, 3, 4, 5, 6] },
    });
    const checkIn = { enabled: true, time: '07:30', days: [1, 3, 5] };
    expect((await call(journal, 'settings.update', { reminders: { checkIn } })).reminders.checkIn).toEqual(checkIn);
    for (const time of ['7:30', '24:00', '12:60', 'noon']) {
      const result = await journal.dispatch('settings.update', { reminders: { checkIn: { ...checkIn, time } } });
      expect(result, time).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect((await call(journal, 'settings.get')).reminders.checkIn).toEqual(checkIn);
  });
});
