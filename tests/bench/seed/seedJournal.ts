// The one seeded journal for benchmarks: a real vault (vault.json + encrypted journal.db) filled straight through core's
// database (no HTTP, one transaction), and on request a plain SQLite copy with the same rows as the baseline.
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../../../electron/core/db/migrate';
import { applyJournalSettings, type Db } from '../../../electron/core/db/openDatabase';
import type { KdfParams } from '../../../electron/core/vault/kdf';
import { Vault } from '../../../electron/core/vault/vault';
import { CHEAP_KDF } from '../../unit/helpers/tempJournal';
import { seedEntries } from './seedEntries';

export const SEED_PASSPHRASE = 'a passphrase for the benchmark';

export interface SeedOptions {
  entries: number;
  /** Argon2id cost of the key slots: `app` is the app's own (unlock then costs what a person's does); cheap by default. */
  kdf?: 'app' | Omit<KdfParams, 'name' | 'salt'>;
  /** Same seed, same journal. */
  seed?: number;
}

export interface SeededJournal {
  dataDir: string;
  /** Entry ids in the order written. */
  ids: string[];
  /** Bytes of title and text written: what the indexes are compared with. */
  textBytes: number;
  /** The encrypted journal, open; lock() closes it (a browser host then unlocks its own connection). */
  vault: Vault;
}

/** Creates the journal in `dataDir` and fills it; the vault is left unlocked. */
export async function seedJournal(dataDir: string, options: SeedOptions): Promise<SeededJournal> {
  const vault = new Vault({ dataDir, kdfCost: options.kdf === 'app' ? undefined : (options.kdf ?? CHEAP_KDF) });
  await vault.create(SEED_PASSPHRASE);
  const { ids, textBytes } = seedEntries(vault.database(), options.entries, options.seed);
  return { dataDir, ids, textBytes, vault };
}

/** The baseline: the same rows (same seed) in an unencrypted SQLite file with the same schema and settings. */
export function seedPlainCopy(dir: string, options: SeedOptions): Db {
  const plain = new Database(path.join(dir, 'plain.db'));
  applyJournalSettings(plain);
  migrate(plain);
  seedEntries(plain, options.entries, options.seed);
  return plain;
}
