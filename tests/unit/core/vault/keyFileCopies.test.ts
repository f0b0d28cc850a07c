import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { call, makeTempDir, openTestJournal } from '../../helpers/tempJournal';

const PASSPHRASE = 'correct horse battery staple';

describe('vault.json and its last good copy', () => {
  let dir: string;
  let cleanup: () => void;
  let journal: Journal;
  let keyFile: string;
  let good: Buffer;

  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    journal = openTestJournal(dir);
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    await call(journal, 'entries.create', { title: 'kept' });
    await call(journal, 'vault.lock');
    keyFile = path.join(dir, 'vault.json');
    good = readFileSync(keyFile);
  });
  afterEach(() => {
    journal.close();
    cleanup();
  });

  it('keeps vault.json.prev beside it, with the same bytes after each write', () => {
    expect(readFileSync(`${keyFile}.prev`).equals(good)).toBe(true);
  });

  it('falls back to the copy when vault.json is truncated, unparsable, bit-flipped, empty or gone, and repairs it', async () => {
    const damages: Array<[string, () => void]> = [
      ['truncated', () => writeFileSync(keyFile, good.subarray(0, good.length / 2))],
      ['unparsable', () => writeFileSync(keyFile, '{ this is not json')],
      ['bit-flipped', () => writeFileSync(keyFile, Buffer.from(good.toString('utf8').replace('"argon2id"', '"argon2iD"')))],
      ['empty', () => writeFileSync(keyFile, '')],
      ['gone', () => rmSync(keyFile)],
    ];
    for (const [name, damage] of damages) {
      damage();
      expect(await call(journal, 'vault.status'), name).toEqual({ exists: true, unlocked: false });
      await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
      expect(
        (await call(journal, 'entries.list', {})).items.map((e: any) => e.title),
        name,
      ).toEqual(['kept']);
      expect(readFileSync(keyFile).equals(good), name).toBe(true);
      await call(journal, 'vault.lock');
    }
    // Every damaged file was kept aside, not deleted.
    expect(readdirSync(dir).filter((f) => f.startsWith('vault.json.damaged-'))).toHaveLength(4);
  });

  it('says so plainly when both vault.json and its copy are damaged', async () => {
    writeFileSync(keyFile, good.subarray(0, 40));
    writeFileSync(`${keyFile}.prev`, '');
    const result = await journal.dispatch('vault.unlock', { passphrase: PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_TAMPERED' } });
    expect(result.ok ? '' : result.error.message).toMatch(/vault\.json.*vault\.json\.prev.*both damaged.*restore a backup/);
    expect(existsSync(keyFile)).toBe(true);
  });
});
