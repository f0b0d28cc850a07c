// Benchmark: search and the entry list at 50,000 seeded entries (AFTERWORD_BENCH_ENTRIES), in core and through the browser host,
// against plain SQLite on the same rows and a LIKE scan (the way a journal without an index searches).
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/openDatabase';
import { listEntries } from '../../electron/core/entries/entriesList';
import { LIST_PAGE } from '../../renderer/src/features/journal/list/listFilter';
import { createJournal } from '../../electron/core/journal';
import { searchEntries } from '../../electron/core/search/searchRepository';
import { createHostServer } from '../../electron/web/hostServer';
import { rawRequest } from '../unit/helpers/rawRequest';
import { makeTempDir } from '../unit/helpers/tempJournal';
import { ms, timeRuns, timeRunsAsync, type Timing } from './seed/measure';
import { SEED_PASSPHRASE, seedJournal, seedPlainCopy, type SeededJournal } from './seed/seedJournal';
import { PLANTED } from './seed/seedEntries';

/** 10,000 by default; AFTERWORD_BENCH_50K=1 for the 50,000 the issue names (or AFTERWORD_BENCH_ENTRIES for any count). */
const ENTRIES = Number(process.env.AFTERWORD_BENCH_ENTRIES ?? (process.env.AFTERWORD_BENCH_50K === '1' ? 50_000 : 10_000));
const RUNS = 40;
const temp = makeTempDir('afterword-bench-search-');
const rows: string[] = [];
let seeded: SeededJournal;
let plain: Db;

/** The searches the issue names; the last word of each has a space after it, as when typing has paused. */
const QUERIES: Record<string, string> = {
  'rare word': `${PLANTED.rare} `,
  'common word (first page)': 'felt ',
  phrase: `"${PLANTED.phrase}"`,
  prefix: 'rememb*',
  'word being typed': 'kitche',
  'two letters typed (prefix index)': 'st',
  'CJK substring': PLANTED.cjk,
};

afterAll(() => {
  plain?.close();
  temp.cleanup();
  process.stdout.write(`\nsearch benchmark, ${ENTRIES} entries (${new Date().toISOString()})\n${rows.join('\n')}\n`);
});

const likeScan = (db: Db, word: string) => () => {
  const pattern = `%${word.trim().replace(/^"|"$/g, '')}%`;
  db.prepare(`SELECT count(*) FROM entries WHERE deleted_at IS NULL AND (title || ' ' || text) LIKE ?`).get(pattern);
  db.prepare(`SELECT id FROM entries WHERE deleted_at IS NULL AND (title || ' ' || text) LIKE ? ORDER BY entry_date DESC LIMIT 20`).all(
    pattern,
  );
};

function indexBytes(db: Db): { fts: number; trigram: number; covering: number } {
  const size = (like: string) =>
    (db.prepare(`SELECT coalesce(sum(pgsize), 0) AS n FROM dbstat WHERE name LIKE ?`).get(like) as { n: number }).n;
  return { fts: size('entries_fts%'), trigram: size('entries_trigram%'), covering: size('entries_by_seq') + size('entries_by_date') };
}

it('seeds the journal', async () => {
  const started = performance.now();
  seeded = await seedJournal(path.join(temp.dir, 'data'), { entries: ENTRIES });
  const encrypted = performance.now() - started;
  plain = seedPlainCopy(temp.dir, { entries: ENTRIES });
  const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
  rows.push(
    `seeded ${ENTRIES} entries: encrypted ${seconds(encrypted)}, plain ${seconds(performance.now() - started - encrypted)}; ${(seeded.textBytes / 2 ** 20).toFixed(0)} MiB of text`,
  );
});

it('searches in core, encrypted and plain, against a LIKE scan', () => {
  const encrypted = seeded.vault.database();
  rows.push(
    '| search (core) | encrypted p95 (p50) | plain SQLite p95 (p50) | encrypted ÷ plain (p95) | LIKE scan (encrypted) | hits |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const [name, q] of Object.entries(QUERIES)) {
    const answer = searchEntries(encrypted, { q });
    const enc = timeRuns(RUNS, () => searchEntries(encrypted, { q }));
    const base = timeRuns(RUNS, () => searchEntries(plain, { q }));
    const scan = name.includes('typed') ? null : timeRuns(3, likeScan(encrypted, q));
    rows.push(
      `| ${name} \`${q.trim()}\` | ${ms(enc)} | ${ms(base)} | ${(enc.p95 / base.p95).toFixed(2)}× | ${scan ? ms(scan) : '—'} | ${answer.total} (${answer.sort}) |`,
    );
    expect(answer.total).toBeGreaterThan(0);
  }
});

it('pages the entry list at any depth', () => {
  const db = seeded.vault.database();
  const cursors: string[] = [];
  let cursor: string | undefined;
  do {
    const page = listEntries(db, {}, cursor, 500);
    cursor = page.nextCursor ?? undefined;
    if (cursor) cursors.push(cursor);
  } while (cursor);
  // The list asks for LIST_PAGE rows at a time: the first page on opening, then one page per scroll past the end.
  const at = (run: number) => cursors[(run * 7919 + 13) % cursors.length];
  const timed = (list: (db: Db, run: number) => unknown) => {
    const enc = timeRuns(RUNS, (run) => list(db, run));
    const base = timeRuns(RUNS, (run) => list(plain, run));
    return `${ms(enc)} | ${ms(base)} | ${(enc.p95 / base.p95).toFixed(2)}×`;
  };
  rows.push(
    `| entries.list first page (${LIST_PAGE} rows) | ${timed((d) => listEntries(d, {}, undefined, LIST_PAGE))} | | |`,
    `| entries.list scroll page at a random depth | ${timed((d, run) => listEntries(d, {}, at(run), LIST_PAGE))} | | |`,
    `| entries.list filtered by a tag and mood | ${timed((d, run) => listEntries(d, { tag: 'grief', mood: [1, 2] }, run % 2 ? undefined : at(run), LIST_PAGE))} | | |`,
  );
  const sizes = indexBytes(db);
  const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;
  rows.push(
    `index size: words ${mib(sizes.fts)} + trigram ${mib(sizes.trigram)} = ${((sizes.fts + sizes.trigram) / seeded.textBytes).toFixed(2)}× the text (${mib(seeded.textBytes)}); covering indexes ${mib(sizes.covering)}`,
  );
  expect(sizes.fts).toBeGreaterThan(0);
});

it('searches through the browser host (HTTP, JSON, validation, the same core)', async () => {
  seeded.vault.lock();
  // The after-unlock check of 50,000 entries outlasts the default 5-minute auto-lock; a locked journal answers in a millisecond.
  const journal = createJournal({ dataDir: seeded.dataDir, autoLock: { overrideMs: 60 * 60_000 } });
  const token = 'bench-token-0123456789abcdef';
  const { server } = createHostServer({ journal, token, port: 0, rendererDir: temp.dir, uploadDir: temp.dir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const api = async (method: string, body: unknown) => {
    const response = await rawRequest(port, {
      path: `/api/${method}`,
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 200) throw new Error(`${method}: ${response.status}`);
    // An error is answered with 200 and ok: false; timing those would time nothing.
    if (!(JSON.parse(response.body) as { ok: boolean }).ok) throw new Error(`${method}: ${response.body}`);
    return response;
  };
  try {
    await api('vault.unlock', { passphrase: SEED_PASSPHRASE });
    // Without a job worker the check of every page and the day's backup run on this thread after an unlock (the shells run
    // them in a worker): at 50,000 entries that held the event loop past the keep-alive timeout and reset the next request.
    await journal.idle();
    rows.push('| search through the host (p95) | | | | |');
    const timings: Record<string, Timing> = {};
    for (const [name, q] of Object.entries(QUERIES)) timings[name] = await timeRunsAsync(RUNS, () => api('search.query', { q }));
    for (const [name, timing] of Object.entries(timings)) rows.push(`| ${name} | ${ms(timing)} | | | |`);
    rows.push(`| entries.list first page | ${ms(await timeRunsAsync(RUNS, () => api('entries.list', { limit: LIST_PAGE })))} | | | |`);
    expect(Object.keys(timings)).toHaveLength(Object.keys(QUERIES).length);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    journal.close();
  }
});
