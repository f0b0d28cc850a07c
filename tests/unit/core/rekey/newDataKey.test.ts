import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { parseKeyFile } from '../../../../electron/core/vault/keyFile';
import { unwrapWithSecret, type UnlockSecret } from '../../../../electron/core/vault/unwrapWithSecret';
import { filesOpenedBy } from '../../helpers/oldSecretProbe';
import { call, makeTempDir, openTestJournal, paragraphDoc } from '../../helpers/tempJournal';

const FIRST = 'correct horse battery staple';
const SECOND = 'a brand new passphrase';

describe('a key change with a new data key', () => {
  let dir: string;
  let cleanup: () => void;
  let journal: Journal;
  let recoveryCode: string;
  const texts = ['written before the change', 'and a second entry'];
  const backups = () => readdirSync(path.join(dir, 'backups')).sort();

  /** The data key a secret opens today, to try against every file once that secret is retired. */
  async function dataKeyOf(secret: UnlockSecret): Promise<Buffer> {
    const result = await unwrapWithSecret(parseKeyFile(readFileSync(path.join(dir, 'vault.json'), 'utf8')), secret);
    if (result.status !== 'ok') throw new Error(`expected the secret to open vault.json, got ${result.status}`);
    return result.dataKey;
  }

  async function entryTexts(): Promise<string[]> {
    const { items } = await call(journal, 'entries.list', {});
    const docs = await Promise.all(items.map((item: { id: string }) => call(journal, 'entries.get', { id: item.id })));
    return docs.map((entry) => entry.doc.content?.[0]?.content?.[0]?.text ?? '').sort();
  }

  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    journal = openTestJournal(dir);
    ({ recoveryCode } = await call(journal, 'vault.create', { passphrase: FIRST }));
    for (const text of texts) await call(journal, 'entries.create', { title: text, doc: paragraphDoc(text) });
    await call(journal, 'vault.lock');
    // This unlock starts today's automatic backup in the background; older days and a pre-migration backup are copies of it, as a week of use leaves.
    await call(journal, 'vault.unlock', { passphrase: FIRST });
    await journal.idle();
    const [today] = backups();
    for (const name of ['auto-2026-01-01.awbackup', 'auto-2026-01-02.awbackup', 'pre-migration-v1-20260101T000000Z.awbackup']) {
      copyFileSync(path.join(dir, 'backups', today!), path.join(dir, 'backups', name));
    }
  });
  afterEach(() => {
    journal.close();
    cleanup();
  });

  it('rotating the recovery code: the old code opens nothing in the data folder, every file tried', async () => {
    const oldKey = await dataKeyOf({ recoveryCode });
    const names = backups();
    // The probe is not blind: before the change the old code opens the key file, its copy, the journal and every backup.
    const beforeChange = (await filesOpenedBy(dir, { recoveryCode }, oldKey)).opened.map((line) => line.split(' ')[0]);
    expect(beforeChange).toEqual(
      expect.arrayContaining(['journal.db', 'vault.json', 'vault.json.prev', ...names.map((n) => `backups/${n}`)]),
    );
    const outcome = await call(journal, 'vault.rotateRecoveryCode', { passphrase: FIRST });
    expect(outcome).toMatchObject({ dataKey: 'replaced', backups: { remade: names, deleted: [] } });
    const { checked, opened } = await filesOpenedBy(dir, { recoveryCode }, oldKey);
    expect(opened).toEqual([]);
    expect(checked).toEqual(
      expect.arrayContaining(['journal.db', 'vault.json', 'vault.json.prev', 'attempts.json', ...names.map((n) => `backups/${n}`)]),
    );
    oldKey.fill(0);
    // What the writer relies on still holds: the new code and the passphrase open the same words, and so does every backup.
    await call(journal, 'vault.lock');
    expect(await journal.dispatch('backup.restoreAutomatic', { name: names[0]!, recoveryCode })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_RECOVERY_CODE' },
    });
    await call(journal, 'vault.unlock', { recoveryCode: outcome.recoveryCode! });
    expect(await entryTexts()).toEqual([...texts].sort());
    await call(journal, 'vault.lock');
    await call(journal, 'backup.restoreAutomatic', { name: names[0]!, recoveryCode: outcome.recoveryCode });
    expect(await entryTexts()).toEqual([...texts].sort());
  });

  it('forgot passphrase (recovery code as proof): by default the old passphrase opens nothing either', async () => {
    const oldKey = await dataKeyOf({ passphrase: FIRST });
    const outcome = await call(journal, 'vault.changePassphrase', { recoveryCode, next: SECOND, rotateRecoveryCode: true });
    expect(outcome.dataKey).toBe('replaced');
    expect((await filesOpenedBy(dir, { passphrase: FIRST }, oldKey)).opened).toEqual([]);
    expect((await filesOpenedBy(dir, { recoveryCode }, oldKey)).opened).toEqual([]);
    await call(journal, 'vault.lock');
    await call(journal, 'vault.unlock', { passphrase: SECOND });
    expect(await entryTexts()).toEqual([...texts].sort());
  });

  it('with the current passphrase as proof, a new data key also issues a new recovery code (the old one cannot be rewrapped)', async () => {
    const outcome = await call(journal, 'vault.changePassphrase', { current: FIRST, next: SECOND, newDataKey: true });
    expect(outcome.recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await call(journal, 'vault.lock');
    expect(await journal.dispatch('vault.unlock', { recoveryCode })).toMatchObject({ ok: false, error: { code: 'WRONG_RECOVERY_CODE' } });
    await call(journal, 'vault.unlock', { recoveryCode: outcome.recoveryCode! });
    expect(await entryTexts()).toEqual([...texts].sort());
  });

  it('without a new data key the backups still stop opening with the retired secret (their copy of vault.json is replaced)', async () => {
    const outcome = await call(journal, 'vault.rotateRecoveryCode', { passphrase: FIRST, newDataKey: false });
    expect(outcome).toMatchObject({ dataKey: 'kept', backups: { remade: backups(), deleted: [] } });
    await call(journal, 'vault.lock');
    for (const name of backups()) {
      expect(await journal.dispatch('backup.restoreAutomatic', { name, recoveryCode })).toMatchObject({
        ok: false,
        error: { code: 'WRONG_RECOVERY_CODE' },
      });
    }
  });

  it('a backup it cannot re-make (damaged) is deleted, and the writer is told its name', async () => {
    const damaged = 'auto-2026-01-02.awbackup';
    const file = path.join(dir, 'backups', damaged);
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0xff, bytes.length - 100);
    writeFileSync(file, bytes);
    const outcome = await call(journal, 'vault.rotateRecoveryCode', { passphrase: FIRST });
    expect(outcome.backups.deleted).toEqual([damaged]);
    expect(backups()).not.toContain(damaged);
  });

  it('a plain rewrap is the default when the retired passphrase itself authorises the change', async () => {
    const before = readFileSync(path.join(dir, 'journal.db'));
    expect(await call(journal, 'vault.changePassphrase', { current: FIRST, next: SECOND })).toMatchObject({ dataKey: 'kept' });
    await call(journal, 'vault.lock');
    expect(readFileSync(path.join(dir, 'journal.db')).equals(before)).toBe(true);
  });
});
