import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../../electron/core/backup/backupFormat';
import type { Journal } from '../../../../electron/core/journal';
import { defaultKdfCost, deriveKey } from '../../../../electron/core/vault/kdf';
import { MAX_KDF_COST, MAX_SLOTS, parseKeyFile } from '../../../../electron/core/vault/keyFile';
import { call, makeTempDir, openTestJournal } from '../../helpers/tempJournal';
import { asFileBytes } from '../../helpers/sealedAnswer';

// The real derivation, watched: a hostile file must be refused before it is ever called.
vi.mock('../../../../electron/core/vault/kdf', async (original) => {
  const actual = await original<typeof import('../../../../electron/core/vault/kdf')>();
  return { ...actual, deriveKey: vi.fn(actual.deriveKey) };
});

const PASSPHRASE = 'a good long passphrase';

type Slot = { kdf: Record<string, number | string> };
const withKdf = (change: Record<string, number>) => (slots: Slot[]) => slots.map((s) => ({ ...s, kdf: { ...s.kdf, ...change } }));
const hostile: Array<[string, (slots: Slot[]) => Slot[]]> = [
  ['memory above ×4', withKdf({ memoryKiB: MAX_KDF_COST.memoryKiB + 1 })],
  ['passes above ×4', withKdf({ iterations: MAX_KDF_COST.iterations + 1 })],
  ['parallelism above ×4', withKdf({ parallelism: MAX_KDF_COST.parallelism + 1 })],
  ['five slots', (slots) => [...slots, ...slots, ...slots].slice(0, MAX_SLOTS + 1)],
];

describe('KDF settings read from a file are bounded before any key is derived', () => {
  let dir: string;
  let cleanup: () => void;
  let journal: Journal;
  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    journal = openTestJournal(dir);
    await call(journal, 'vault.create', { passphrase: PASSPHRASE });
    vi.mocked(deriveKey).mockClear();
  });
  afterEach(() => {
    journal.close();
    cleanup();
  });

  it('allows exactly four times the cost the app writes, and four slots', () => {
    const times4 = {
      memoryKiB: defaultKdfCost.memoryKiB * 4,
      iterations: defaultKdfCost.iterations * 4,
      parallelism: defaultKdfCost.parallelism * 4,
    };
    expect(MAX_KDF_COST).toEqual(times4);
    expect(MAX_SLOTS).toBe(4);
    const file = JSON.parse(readFileSync(path.join(dir, 'vault.json'), 'utf8'));
    file.slots = withKdf(times4)(file.slots);
    // At the bound the schema lets it through (then its checksum, which this edit broke, refuses it).
    expect(() => parseKeyFile(JSON.stringify(file))).toThrowError(
      expect.objectContaining({
        code: 'VAULT_TAMPERED',
        message: expect.stringMatching(/^The journal's key file \(vault\.json\) has been altered/),
      }),
    );
  });

  it.each(hostile)('a vault.json with %s is refused as VAULT_TAMPERED without deriving a key', async (_name, edit) => {
    await call(journal, 'vault.lock');
    const file = path.join(dir, 'vault.json');
    const keyFile = JSON.parse(readFileSync(file, 'utf8'));
    keyFile.slots = edit(keyFile.slots);
    expect(() => parseKeyFile(JSON.stringify(keyFile))).toThrowError(
      expect.objectContaining({ code: 'VAULT_TAMPERED', message: expect.stringMatching(/structure is not valid/) }),
    );
    expect(deriveKey).not.toHaveBeenCalled();
  });

  it.each(hostile)('a backup whose key slots ask for %s is refused as VAULT_CORRUPT without deriving a key', async (_name, edit) => {
    const made = decodeBackup((await asFileBytes(call(journal, 'backup.create'))).data);
    const keyFile = JSON.parse(made.keyFile.toString('utf8'));
    keyFile.slots = edit(keyFile.slots);
    const file = encodeBackup({ ...made.header, keyFile: Buffer.from(JSON.stringify(keyFile)), database: made.database });
    await call(journal, 'vault.lock');
    vi.mocked(deriveKey).mockClear();
    expect(await journal.dispatch('backup.restore', { passphrase: PASSPHRASE, file })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_CORRUPT' },
    });
    expect(deriveKey).not.toHaveBeenCalled();
  });
});
