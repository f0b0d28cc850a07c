// Benchmark: the cost of encryption. The same saves, lists and searches on the SQLCipher journal and on a plain SQLite file, in one run.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { applyJournalSettings, openEncryptedDatabase, type Db } from '../../electron/core/db/openDatabase';
import { EntriesRepository } from '../../electron/core/entries/entriesRepository';
import { deriveKey } from '../../electron/core/vault/kdf';
import { makeTempDir, paragraphDoc } from '../unit/helpers/tempJournal';

const SAVES = Number(process.env.AFTERWORD_BENCH_SAVES ?? 2000);
const SENTENCE = 'We kept having the same argument about time, and I never said what I actually meant. ';
const temp = makeTempDir('afterword-bench-db-');
const rows: string[] = [];

afterAll(() => {
  temp.cleanup();
  process.stdout.write(`\ndatabase benchmark, ${SAVES} saves (${new Date().toISOString()})\n${rows.join('\n')}\n`);
});

/** The same settings openEncryptedDatabase applies, minus the cipher, so the ratio is the cost of encryption alone. */
function openPlain(file: string): Db {
  const db = new Database(file);
  applyJournalSettings(db);
  return db;
}

/** Seconds for each workload on one database: create+update saves, paging the list, full-text search. */
function workload(db: Db): Record<string, number> {
  migrate(db);
  const repo = new EntriesRepository(db);
  const time = (fn: () => void) => {
    const started = performance.now();
    fn();
    return (performance.now() - started) / 1000;
  };
  const ids: string[] = [];
  const saves = time(() => {
    for (let i = 0; i < SAVES; i++) {
      const entry = repo.create({
        entryDate: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
        title: `Entry ${i}`,
        doc: paragraphDoc(SENTENCE.repeat(4)),
      });
      ids.push(entry.id);
      repo.update(entry.id, { doc: paragraphDoc(`${SENTENCE.repeat(4)} ${i}`) });
    }
  });
  const list = time(() => {
    let cursor: string | undefined;
    do cursor = repo.list({}, cursor, 50).nextCursor ?? undefined;
    while (cursor);
  });
  const search = time(() => {
    for (let i = 0; i < 200; i++)
      db.prepare('SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?').get(i % 2 ? 'argument' : 'meant');
  });
  db.close();
  return { saves, list, search };
}

it('compares the encrypted journal with plain SQLite on the same work', () => {
  const plain = workload(openPlain(path.join(temp.dir, 'plain.db')));
  const encrypted = workload(openEncryptedDatabase(path.join(temp.dir, 'encrypted.db'), randomBytes(32)));
  for (const name of Object.keys(plain)) {
    const ratio = encrypted[name]! / plain[name]!;
    rows.push(`${name.padEnd(7)} plain ${plain[name]!.toFixed(3)} s | encrypted ${encrypted[name]!.toFixed(3)} s | ×${ratio.toFixed(2)}`);
    expect(encrypted[name]).toBeGreaterThan(0);
  }
});

it('measures key derivation at the stored cost against a 1 MiB baseline', async () => {
  const salt = randomBytes(16).toString('base64');
  const time = async (memoryKiB: number, iterations: number) => {
    const started = performance.now();
    (await deriveKey('a passphrase to time', { name: 'argon2id', memoryKiB, iterations, parallelism: 1, salt })).fill(0);
    return (performance.now() - started) / 1000;
  };
  const baseline = await time(1024, 1);
  const real = await time(64 * 1024, 3);
  rows.push(
    `unlock  Argon2id m=64 MiB t=3: ${real.toFixed(3)} s | baseline m=1 MiB t=1: ${baseline.toFixed(3)} s | ×${(real / baseline).toFixed(1)}`,
  );
  expect(real).toBeGreaterThan(0);
});
