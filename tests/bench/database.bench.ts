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
/** The saves run in blocks, alternating which database goes first, so a burst of load elsewhere falls on both sides. */
const BLOCKS = Number(process.env.AFTERWORD_BENCH_BLOCKS ?? 10);
const SENTENCE = 'We kept having the same argument about time, and I never said what I actually meant. ';
const temp = makeTempDir('afterword-bench-db-');
const rows: string[] = [];

afterAll(() => {
  temp.cleanup();
  process.stdout.write(`\ndatabase benchmark, ${SAVES} saves in ${BLOCKS} blocks (${new Date().toISOString()})\n${rows.join('\n')}\n`);
});

interface Subject {
  name: string;
  db: Db;
  repo: EntriesRepository;
  /** Milliseconds of wall clock and of this process's CPU, one per block. */
  wall: number[];
  cpu: number[];
  written: number;
}

/** The same settings openEncryptedDatabase applies, minus the cipher, so the ratio is the cost of encryption alone. */
function openPlain(file: string): Db {
  const db = new Database(file);
  applyJournalSettings(db);
  return db;
}

/**
 * The journal's settings under SQLite3MultipleCiphers' AEGIS-256 scheme instead of SQLCipher's: not what the app uses (its key file
 * names `sqlcipher`, legacy 4), measured beside it to show what a cipher migration would buy.
 */
function openAegis(file: string): Db {
  const db = new Database(file);
  db.pragma(`cipher='aegis'`);
  db.pragma(`key="x'${randomBytes(32).toString('hex')}'"`);
  applyJournalSettings(db);
  return db;
}

/**
 * Where the time goes: SQLite3MultipleCiphers encrypts in its VFS, so the checkpoint after every commit (RELIABILITY.md) reads each
 * page back from the -wal (HMAC check, decrypt) and writes it to journal.db (encrypt, HMAC) again. These two leave checkpoints to
 * SQLite's default (every 1,000 pages), which the app must not do, to show that share.
 */
function withDefaultCheckpoints(db: Db): Db {
  db.pragma('wal_autocheckpoint = 1000');
  return db;
}

function subject(name: string, db: Db): Subject {
  migrate(db);
  return { name, db, repo: new EntriesRepository(db), wall: [], cpu: [], written: 0 };
}

/** One block: `count` entries created and each saved once more (two transactions each, as the editor makes them). */
function saveBlock(target: Subject, count: number): void {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++, target.written++) {
    const n = target.written;
    const entry = target.repo.create({
      entryDate: `2026-${String((n % 12) + 1).padStart(2, '0')}-15`,
      title: `Entry ${n}`,
      doc: paragraphDoc(SENTENCE.repeat(4)),
    });
    target.repo.update(entry.id, { doc: paragraphDoc(`${SENTENCE.repeat(4)} ${n}`) });
  }
  const used = process.cpuUsage(cpu);
  target.wall.push(performance.now() - wall);
  target.cpu.push((used.user + used.system) / 1000);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function seconds(fn: () => void): number {
  const started = performance.now();
  fn();
  return (performance.now() - started) / 1000;
}

/** Seconds to page through the whole list 50 at a time, and for 200 full-text searches. */
function readWork(target: Subject): { list: number; search: number } {
  const list = seconds(() => {
    let cursor: string | undefined;
    do cursor = target.repo.list({}, cursor, 50).nextCursor ?? undefined;
    while (cursor);
  });
  const query = target.db.prepare('SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?');
  const search = seconds(() => {
    for (let i = 0; i < 200; i++) query.get(i % 2 ? 'argument' : 'meant');
  });
  return { list, search };
}

/** The shipped pair first (plain, encrypted), then the comparisons; each baseline is the plain file with the same checkpoints. */
function openSubjects(): { subjects: Subject[]; baselineOf: Map<Subject, Subject> } {
  const file = (name: string) => path.join(temp.dir, name);
  const plain = subject('plain SQLite', openPlain(file('plain.db')));
  const encrypted = subject('encrypted (SQLCipher 4, as shipped)', openEncryptedDatabase(file('encrypted.db'), randomBytes(32)));
  const aegis = subject('AEGIS-256 (not used; for comparison)', openAegis(file('aegis.db')));
  const plainWal = subject('plain, default checkpoints (not used)', withDefaultCheckpoints(openPlain(file('plain-wal.db'))));
  const encryptedWal = subject(
    'encrypted, default checkpoints (not used)',
    withDefaultCheckpoints(openEncryptedDatabase(file('encrypted-wal.db'), randomBytes(32))),
  );
  const baselineOf = new Map([plain, encrypted, aegis].map((target) => [target, plain]));
  baselineOf.set(plainWal, plainWal).set(encryptedWal, plainWal);
  return { subjects: [plain, encrypted, aegis, plainWal, encryptedWal], baselineOf };
}

function reportSaves(subjects: Subject[], baselineOf: Map<Subject, Subject>, perBlock: number): void {
  rows.push(`saves: ${perBlock} creates + ${perBlock} saves per block; p50 of ${BLOCKS} blocks (÷ its plain baseline), total, CPU p50`);
  for (const target of subjects) {
    const base = baselineOf.get(target)!;
    const [wall, cpu] = [median(target.wall), median(target.cpu)];
    const total = target.wall.reduce((sum, ms) => sum + ms, 0) / 1000;
    const ratios = `×${(wall / median(base.wall)).toFixed(2)}, CPU ×${(cpu / median(base.cpu)).toFixed(2)}`;
    rows.push(`  ${target.name.padEnd(42)} ${wall.toFixed(0)} ms | total ${total.toFixed(2)} s | CPU ${cpu.toFixed(0)} ms | ${ratios}`);
  }
}

it('compares the encrypted journal with plain SQLite on the same work', () => {
  const { subjects, baselineOf } = openSubjects();
  const perBlock = Math.ceil(SAVES / BLOCKS);
  for (let block = 0; block < BLOCKS; block++)
    for (const target of block % 2 ? [...subjects].reverse() : subjects) saveBlock(target, perBlock);
  reportSaves(subjects, baselineOf, perBlock);
  const reads = subjects.slice(0, 3).map(readWork);
  for (const name of ['list', 'search'] as const) {
    const [base, ...others] = reads.map((read) => read[name]);
    const compared = others.map((s, i) => `${subjects[i + 1]!.name.split(' ')[0]} ${s.toFixed(3)} s ×${(s / base!).toFixed(2)}`);
    rows.push(`${name.padEnd(7)} plain ${base!.toFixed(3)} s | ${compared.join(' | ')}`);
  }
  for (const target of subjects) target.db.close();
  expect(subjects.every((target) => target.written === perBlock * BLOCKS)).toBe(true);
});

it('opens the journal with its raw key without running SQLCipher’s key derivation (kdf_iter changes nothing)', () => {
  const file = path.join(temp.dir, 'kdf.db');
  const key = randomBytes(32);
  openEncryptedDatabase(file, key).close();
  const open = (kdfIter: number) =>
    seconds(() => {
      const db = new Database(file);
      db.pragma(`cipher='sqlcipher'`);
      db.pragma('legacy=4');
      db.pragma(`kdf_iter=${kdfIter}`);
      db.pragma(`key="x'${key.toString('hex')}'"`);
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      db.close();
    });
  const times = (kdfIter: number) => median(Array.from({ length: 9 }, () => open(kdfIter)));
  // The file was made at SQLCipher 4's default kdf_iter (256,000). Were the key derived through it, opening at 1 would fail
  // (another key: SQLITE_NOTADB); it opens, in the same few milliseconds: PBKDF2 is skipped for a raw key.
  const [atDefault, atOne] = [times(256_000), times(1)];
  rows.push(
    `open    raw key, kdf_iter 256,000 (SQLCipher 4's default) ${(atDefault * 1000).toFixed(2)} ms | kdf_iter 1 ${(atOne * 1000).toFixed(2)} ms`,
  );
  expect(atOne).toBeGreaterThan(0);
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
