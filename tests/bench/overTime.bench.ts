// Benchmark: the calendar, stats.summary and On this day at 50,000 seeded entries (AFTERWORD_BENCH_ENTRIES) on the encrypted journal,
// beside two baselines measured in the same run: the entry list's first page (a read already called instant) and the way the issue
// rules out, reading every live entry's figures into JavaScript and counting there.
import { afterAll, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/openDatabase';
import { calendarMonth } from '../../electron/core/entries/entriesCalendar';
import { EntriesRepository } from '../../electron/core/entries/entriesRepository';
import { listEntries } from '../../electron/core/entries/entriesList';
import { onThisDay } from '../../electron/core/entries/onThisDay';
import { statsSummary } from '../../electron/core/stats/statsSummary';
import { Vault } from '../../electron/core/vault/vault';
import { recomputedSummary } from '../unit/core/stats/recomputedSummary';
import { makeTempDir, paragraphDoc } from '../unit/helpers/tempJournal';
import { ms, percentiles, timeRuns, type Timing } from './seed/measure';
import { SEED_PASSPHRASE, seedJournal } from './seed/seedJournal';

const ENTRIES = Number(process.env.AFTERWORD_BENCH_ENTRIES ?? 50_000);
const RUNS = 30;
const temp = makeTempDir('afterword-bench-over-time-');
const rows: string[] = [];
let vault: Vault;
let db: Db;

afterAll(() => {
  vault?.lock();
  temp.cleanup();
  process.stdout.write(`\nover-time benchmark, ${ENTRIES} entries (${new Date().toISOString()})\n${rows.join('\n')}\n`);
});

/** The ruled-out way: every live entry's date, moods and words into JavaScript, then counted there. */
function inJavaScript(): number {
  const all = db
    .prepare('SELECT entry_date, mood, mood_before, word_count, template_id FROM entries WHERE deleted_at IS NULL')
    .all() as Array<{
    entry_date: string;
    mood: number | null;
    word_count: number;
  }>;
  const days = new Set<string>();
  let words = 0;
  for (const entry of all) {
    days.add(entry.entry_date);
    words += entry.word_count;
  }
  return days.size + words;
}

const ratio = (measured: Timing, baseline: Timing) => `${(measured.p95 / baseline.p95).toFixed(2)}×`;

it('seeds and opens the journal', async () => {
  const started = performance.now();
  await seedJournal(temp.dir, { entries: ENTRIES });
  vault = new Vault({ dataDir: temp.dir });
  await vault.unlock({ passphrase: SEED_PASSPHRASE });
  db = vault.database();
  // The seed writes no mood before; template entries get one, so before-vs-after has rows to group.
  db.prepare('UPDATE entries SET mood_before = 1 + (seq % 5) WHERE template_id IS NOT NULL').run();
  rows.push(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
});

it('measures each method against the baselines', () => {
  const firstPage = timeRuns(RUNS, () => listEntries(db, {}, undefined, 50));
  const loadAll = timeRuns(5, inJavaScript);
  const setting = { enabled: true, excludeTemplateIds: ['post-mortem'], excludeTags: ['grief'] };
  const figures: Array<[string, Timing, string]> = [
    ['entries.calendar (a month)', timeRuns(RUNS, (run) => calendarMonth(db, 2006 + (run % 20), 1 + (run % 12))), '≤ 10 ms'],
    ['stats.summary (all time)', timeRuns(RUNS, () => statsSummary(db, {}, '2026-11-29')), '≤ 50 ms'],
    ['the same figures straight from entries (as before 0009)', timeRuns(10, () => recomputedSummary(db, {}, '2026-11-29')), '—'],
    ['stats.summary (one month)', timeRuns(RUNS, () => statsSummary(db, { from: '2025-11-01', to: '2025-11-30' }, '2026-11-29')), '—'],
    [
      'entries.onThisDay (two exclusions)',
      timeRuns(RUNS, (run) => onThisDay(db, `2025-11-${String(1 + (run % 28)).padStart(2, '0')}`, setting)),
      '—',
    ],
  ];
  rows.push(
    '| method (core, encrypted) | p95 (p50) | goal | ÷ list first page | ÷ every entry into JS |',
    '| --- | --- | --- | --- | --- |',
    `| baseline: entries.list first page | ${ms(firstPage)} | | 1× | |`,
    `| baseline: every entry into JS | ${ms(loadAll)} | | | 1× |`,
    ...figures.map(
      ([name, timing, goal]) => `| ${name} | ${ms(timing)} | ${goal} | ${ratio(timing, firstPage)} | ${ratio(timing, loadAll)} |`,
    ),
  );
  const summary = statsSummary(db, {}, '2026-11-29');
  expect(summary.entries).toBe(ENTRIES);
  expect(summary.moodChangeByTemplate.length).toBeGreaterThan(0);
});

/**
 * What the day-figure triggers (migration 0009) cost a save: the same save (new words and a new mood, so both tables change) timed
 * in alternating blocks with the triggers and with them dropped, so the machine's load falls on both alike. Last: it leaves the
 * figures stale.
 */
it('measures what the triggers cost a save', () => {
  const repo = new EntriesRepository(db);
  const ids = (db.prepare('SELECT id FROM entries WHERE deleted_at IS NULL ORDER BY seq DESC LIMIT 50').all() as Array<{ id: string }>).map(
    (row) => row.id,
  );
  const triggers = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'entry_days_%'`).all() as Array<{
    name: string;
    sql: string;
  }>;
  expect(triggers).toHaveLength(6);
  const words = 'we walked to the harbour and I said the thing I had meant to say for a year '.repeat(20);
  let run = 0;
  const save = () => repo.update(ids[run % ids.length]!, { doc: paragraphDoc(`${words}${run}`), mood: 1 + (run++ % 5) });
  const samples: Record<'with' | 'without', number[]> = { with: [], without: [] };
  const block = (kind: 'with' | 'without') => {
    save();
    for (let n = 0; n < 15; n++) {
      const started = performance.now();
      save();
      samples[kind].push(performance.now() - started);
    }
  };
  for (let round = 0; round < 4; round++) {
    block('with');
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
    block('without');
    for (const trigger of triggers) db.exec(trigger.sql);
  }
  const withTriggers = percentiles(samples.with);
  const without = percentiles(samples.without);
  rows.push(
    '',
    '| save (EntriesRepository.update, ~320 words + mood), 60 runs each | p95 (p50) | ÷ without |',
    '| --- | --- | --- |',
    `| without the day-figure triggers | ${ms(without)} | 1× |`,
    `| with them (as shipped) | ${ms(withTriggers)} | ${ratio(withTriggers, without)} (p50 ${(withTriggers.p50 / without.p50).toFixed(2)}×) |`,
  );
});
