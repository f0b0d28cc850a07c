// Settings live in the encrypted journal: auto-lock's interval, only the offered ones, kept across lock and unlock.
import { describe, expect } from 'vitest';
import { call, journalTest as it, TEST_PASSPHRASE as PASSPHRASE } from '../../helpers/tempJournal';

describe('settings', () => {
  it('starts with auto-lock after 5 minutes', async ({ journal }) => {
    expect(await call(journal, 'settings.get')).toEqual({ autoLockMinutes: 5, pictureMaxEdge: 2560 });
  });

  it('accepts each offered interval and "never", and keeps it across lock and unlock', async ({ journal }) => {
    for (const minutes of [1, 5, 15, 30, 60, null] as const) {
      expect(await call(journal, 'settings.update', { autoLockMinutes: minutes })).toEqual({ autoLockMinutes: minutes, pictureMaxEdge: 2560 });
    }
    await call(journal, 'settings.update', { autoLockMinutes: 30 });
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    expect(await call(journal, 'settings.get')).toEqual({ autoLockMinutes: 30, pictureMaxEdge: 2560 });
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
