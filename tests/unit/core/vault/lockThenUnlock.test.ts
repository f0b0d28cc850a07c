// Locking while a background reader (the integrity check, the day's backup) still holds the journal leaves its -wal behind:
// the unlock that follows must not take that for a crash and scan the whole journal before answering (seconds at 10,000
// entries), while a real crash still gets its scan.
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanCloseMarkPath } from '../../../../electron/core/db/cleanClose';
import * as integrity from '../../../../electron/core/db/integrity';
import { openEncryptedDatabase, type Db } from '../../../../electron/core/db/openDatabase';
import { Vault } from '../../../../electron/core/vault/vault';
import { CHEAP_KDF, makeTempDir } from '../../helpers/tempJournal';

vi.mock('../../../../electron/core/db/integrity', async (original) => {
  const actual = await original<typeof integrity>();
  return { ...actual, assertIntact: vi.fn(actual.assertIntact) };
});

const PASSPHRASE = 'correct horse battery staple';
const scans = () => vi.mocked(integrity.assertIntact).mock.calls.map(([, kind]) => kind);

describe('an unlock after a lock', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let vault: Vault;
  let reader: Db | undefined;
  beforeEach(async () => {
    temp = makeTempDir('afterword-lock-unlock-');
    vault = new Vault({ dataDir: path.join(temp.dir, 'data'), kdfCost: CHEAP_KDF });
    await vault.create(PASSPHRASE);
  });
  afterEach(() => {
    reader?.close();
    reader = undefined;
    vault.lock();
    temp.cleanup();
    vi.mocked(integrity.assertIntact).mockClear();
  });

  /** What the background check does: its own read-only connection on the journal, reading. */
  function openBackgroundReader(): void {
    const key = vault.dataKeyCopy();
    reader = openEncryptedDatabase(vault.databasePath, key, { readonly: true });
    key.fill(0);
    reader.prepare('SELECT count(*) FROM sqlite_master').get();
  }

  it('answers without scanning the journal when a background reader kept the -wal through the lock', async () => {
    openBackgroundReader();
    vault.lock();
    expect(existsSync(`${vault.databasePath}-wal`)).toBe(true);

    await vault.unlock({ passphrase: PASSPHRASE });

    expect(scans()).toEqual([]);
    // The mark is spent at once: a crash in this session is never taken for a clean close.
    expect(existsSync(cleanCloseMarkPath(vault.databasePath))).toBe(false);
  });

  it('still scans the journal before answering after a crash, when the -wal carries no clean close', async () => {
    openBackgroundReader();
    vault.lock();
    await vault.unlock({ passphrase: PASSPHRASE });
    // A crash image: the files exactly as they are while the journal is open.
    const crashed = path.join(temp.dir, 'crashed');
    cpSync(path.join(temp.dir, 'data'), crashed, { recursive: true });
    expect(existsSync(path.join(crashed, 'journal.db-wal'))).toBe(true);
    const afterCrash = new Vault({ dataDir: crashed, kdfCost: CHEAP_KDF });

    await afterCrash.unlock({ passphrase: PASSPHRASE });
    afterCrash.lock();

    expect(scans()).toEqual(['quick_check']);
  });
});
