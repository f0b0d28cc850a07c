import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { call, makeTempDir, openTestJournal, paragraphDoc } from '../../helpers/tempJournal';

const FIRST = 'correct horse battery staple';
const SECOND = 'a brand new passphrase';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('changing the passphrase and the recovery code', () => {
  let dir: string;
  let cleanup: () => void;
  let journal: Journal;
  let recoveryCode: string;
  let entryId: string;
  const db = () => path.join(dir, 'journal.db');

  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    journal = openTestJournal(dir);
    ({ recoveryCode } = await call(journal, 'vault.create', { passphrase: FIRST }));
    entryId = (await call(journal, 'entries.create', { title: 'kept', doc: paragraphDoc('still readable') })).id;
    // Lock and unlock once so the WAL is checkpointed into journal.db and the file is at rest.
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { passphrase: FIRST });
  });
  afterEach(() => {
    journal.close();
    cleanup();
  });

  const unlockWith = (secret: { passphrase: string } | { recoveryCode: string }) => journal.dispatch('vault.unlock', secret);

  it('rewraps the key: the database file is byte-for-byte the same, the old passphrase fails, the new one and the recovery code work', async () => {
    const before = sha256(db());
    const vaultBefore = sha256(path.join(dir, 'vault.json'));
    expect(await call(journal, 'vault.changePassphrase', { current: FIRST, next: SECOND })).toEqual({
      dataKey: 'kept',
      backups: { remade: [expect.stringMatching(/^auto-/)], deleted: [] },
    });
    expect(sha256(db())).toBe(before);
    expect(sha256(path.join(dir, 'vault.json'))).not.toBe(vaultBefore);

    await call(journal, 'vault.lock');
    expect(sha256(db())).toBe(before);
    expect(await unlockWith({ passphrase: FIRST })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    await call(journal, 'vault.unlock', { passphrase: SECOND });
    expect((await call(journal, 'entries.get', { id: entryId })).title).toBe('kept');
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { recoveryCode });
    expect(sha256(db())).toBe(before);
  });

  it('a new recovery code (same data key, when asked) invalidates the old one; the passphrase keeps working', async () => {
    const before = sha256(db());
    const { recoveryCode: fresh } = await call(journal, 'vault.rotateRecoveryCode', { passphrase: FIRST, newDataKey: false });
    expect(fresh).not.toBe(recoveryCode);
    expect(fresh).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    await call(journal, 'vault.lock');
    expect(await unlockWith({ recoveryCode })).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE' } });
    await call(journal, 'vault.unlock', { recoveryCode: fresh! });
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { passphrase: FIRST });
    expect(sha256(db())).toBe(before);
  });

  it('forgot passphrase: unlock with the recovery code, set a new passphrase and get a new code in one step', async () => {
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { recoveryCode });
    const { recoveryCode: fresh } = await call(journal, 'vault.changePassphrase', { recoveryCode, next: SECOND, rotateRecoveryCode: true });
    expect(fresh).toBeTypeOf('string');
    await call(journal, 'vault.lock');
    expect(await unlockWith({ passphrase: FIRST })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(await unlockWith({ recoveryCode })).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE' } });
    await call(journal, 'vault.unlock', { passphrase: SECOND });
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { recoveryCode: fresh! });
  });

  it('keeps one passphrase slot and one recovery slot, and leaves no temporary files behind', async () => {
    await call(journal, 'vault.changePassphrase', { current: FIRST, next: SECOND, rotateRecoveryCode: true });
    await call(journal, 'vault.rotateRecoveryCode', { passphrase: SECOND });
    const slots = JSON.parse(readFileSync(path.join(dir, 'vault.json'), 'utf8')).slots;
    expect(slots.map((slot: { kind: string }) => slot.kind)).toEqual(['passphrase', 'recovery']);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a wrong current passphrase or recovery code and changes nothing', async () => {
    const before = readFileSync(path.join(dir, 'vault.json'), 'utf8');
    expect(await journal.dispatch('vault.changePassphrase', { current: 'not it at all', next: SECOND })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(await journal.dispatch('vault.changePassphrase', { recoveryCode: 'AAAA-BBBB', next: SECOND })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_RECOVERY_CODE' },
    });
    expect(await journal.dispatch('vault.rotateRecoveryCode', { passphrase: 'not it at all' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(readFileSync(path.join(dir, 'vault.json'), 'utf8')).toBe(before);
  });

  it('never returns a recovery code unless asked to rotate it, nor any key material', async () => {
    const result = await journal.dispatch('vault.changePassphrase', { current: FIRST, next: SECOND });
    expect(result).toEqual({ ok: true, value: { dataKey: 'kept', backups: { remade: [expect.any(String)], deleted: [] } } });
  });

  it('refuses a new passphrase shorter than 8 characters', async () => {
    expect(await journal.dispatch('vault.changePassphrase', { current: FIRST, next: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { field: 'next' } },
    });
  });

  it('needs the journal unlocked', async () => {
    await call(journal, 'vault.lock');
    expect(await journal.dispatch('vault.changePassphrase', { current: FIRST, next: SECOND })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
    expect(await journal.dispatch('vault.rotateRecoveryCode', { passphrase: FIRST })).toMatchObject({
      ok: false,
      error: { code: 'LOCKED' },
    });
  });

  it('two changes at once both land in order: the last one wins and both answers are true', async () => {
    const third = 'the third passphrase';
    const [a, b] = await Promise.all([
      journal.dispatch('vault.changePassphrase', { current: FIRST, next: SECOND }),
      journal.dispatch('vault.changePassphrase', { current: SECOND, next: third }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { passphrase: third });
  });
});
