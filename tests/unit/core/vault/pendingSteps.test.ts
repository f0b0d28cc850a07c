import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { call, makeTempDir, openTestJournal } from '../../helpers/tempJournal';

const FIRST = 'correct horse battery staple';
const SECOND = 'a brand new passphrase';

describe('set-up steps that a reload cannot skip', () => {
  let dir: string;
  let cleanup: () => void;
  let journal: Journal;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
    journal = openTestJournal(dir);
  });
  afterEach(() => {
    journal.close();
    cleanup();
  });

  it('keeps the recovery code pending after create until the writer confirms it is saved', async () => {
    const { recoveryCode } = await call(journal, 'vault.create', { passphrase: FIRST });
    expect(await call(journal, 'vault.status')).toEqual({ exists: true, unlocked: true, pendingStep: 'recovery-code' });
    // What a reloaded page asks for: the same code, again.
    expect(await call(journal, 'vault.pendingRecoveryCode')).toEqual({ recoveryCode });
    await call(journal, 'vault.finishPendingStep');
    expect(await call(journal, 'vault.status')).toEqual({ exists: true, unlocked: true });
    expect(await journal.dispatch('vault.pendingRecoveryCode', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('after a recovery-code unlock keeps "choose a new passphrase" pending, and lets the new passphrase be set without retyping the code', async () => {
    const { recoveryCode } = await call(journal, 'vault.create', { passphrase: FIRST });
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { recoveryCode });
    expect((await call(journal, 'vault.status')).pendingStep).toBe('new-passphrase');
    const { recoveryCode: fresh } = await call(journal, 'vault.changePassphrase', { next: SECOND, rotateRecoveryCode: true });
    // The new code is the next step, and shown again after a reload until confirmed.
    expect((await call(journal, 'vault.status')).pendingStep).toBe('recovery-code');
    expect(await call(journal, 'vault.pendingRecoveryCode')).toEqual({ recoveryCode: fresh });
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { passphrase: SECOND });
    expect((await call(journal, 'vault.status')).pendingStep).toBeUndefined();
  });

  it('refuses a passphrase change without proof when no recovery-code unlock is pending', async () => {
    await call(journal, 'vault.create', { passphrase: FIRST });
    await call(journal, 'vault.finishPendingStep');
    const before = readFileSync(path.join(dir, 'vault.json'));
    expect(await journal.dispatch('vault.changePassphrase', { next: SECOND })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(readFileSync(path.join(dir, 'vault.json')).equals(before)).toBe(true);
  });

  it('forgets a pending step (and its code) when the journal locks', async () => {
    await call(journal, 'vault.create', { passphrase: FIRST });
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { passphrase: FIRST });
    expect((await call(journal, 'vault.status')).pendingStep).toBeUndefined();
  });
});

describe('changing the passphrase to the same one', () => {
  let dir: string;
  let cleanup: () => void;
  let journal: Journal;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
    journal = openTestJournal(dir);
  });
  afterEach(() => {
    journal.close();
    cleanup();
  });

  it('says it is the same passphrase and changes nothing', async () => {
    await call(journal, 'vault.create', { passphrase: FIRST });
    const before = readFileSync(path.join(dir, 'vault.json'));
    const answer = await journal.dispatch('vault.changePassphrase', { current: FIRST, next: FIRST });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/already your passphrase/) },
    });
    expect(readFileSync(path.join(dir, 'vault.json')).equals(before)).toBe(true);
  });
});
