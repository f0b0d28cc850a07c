// A seeded journal for benchmarks: a real vault (vault.json + encrypted journal.db) and a plain SQLite copy with the same rows.
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../../../electron/core/db/migrate';
import { applyJournalSettings, type Db } from '../../../electron/core/db/openDatabase';
import { Vault } from '../../../electron/core/vault/vault';
import { CHEAP_KDF } from '../../unit/helpers/tempJournal';
import { seedEntries } from './seedEntries';

export const BENCH_PASSPHRASE = 'a passphrase for the benchmark';

export interface SeededJournal {
  dataDir: string;
  /** Bytes of title and text written: what the indexes are compared with. */
  textBytes: number;
  /** The encrypted journal, open; lock() closes it (the browser host then unlocks its own connection). */
  vault: Vault;
  plain: Db;
}

/** Same seed on both sides, so the encrypted journal and the plain baseline hold identical entries. */
export async function seedJournal(dir: string, count: number): Promise<SeededJournal> {
  const dataDir = path.join(dir, 'data');
  const vault = new Vault({ dataDir, kdfCost: CHEAP_KDF });
  await vault.create(BENCH_PASSPHRASE);
  const { textBytes } = seedEntries(vault.database(), count);
  const plain = new Database(path.join(dir, 'plain.db'));
  applyJournalSettings(plain);
  migrate(plain);
  seedEntries(plain, count);
  return { dataDir, textBytes, vault, plain };
}
