// The calendar and On this day read indexes, the writing figures the per-day rows, never every entry's row: SQLite's own query plans say so.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate';
import { openEncryptedDatabase, type Db } from '../../../../electron/core/db/openDatabase';
import { calendarMonth } from '../../../../electron/core/entries/entriesCalendar';
import { onThisDay } from '../../../../electron/core/entries/onThisDay';
import { statsSummary } from '../../../../electron/core/stats/statsSummary';
import { makeTempDir } from '../../helpers/tempJournal';

let cleanup = () => {};
afterEach(() => cleanup());

/** A real, migrated journal whose statements record SQLite's plan for each query they run. */
function planningJournal(): { db: Db; plans: string[][] } {
  const temp = makeTempDir();
  const db = openEncryptedDatabase(path.join(temp.dir, 'journal.db'), randomBytes(32));
  cleanup = () => {
    db.close();
    temp.cleanup();
  };
  migrate(db);
  const plans: string[][] = [];
  const prepare = db.prepare.bind(db);
  const planned =
    (sql: string, run: (...params: unknown[]) => unknown) =>
    (...params: unknown[]) => {
      plans.push((prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail));
      return run(...params);
    };
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    const raw = () => ({ all: planned(sql, statement.raw().all.bind(statement)) });
    return { all: planned(sql, statement.all.bind(statement)), get: planned(sql, statement.get.bind(statement)), raw };
  }) as unknown as Db['prepare'];
  return { db, plans };
}

const readsOnlyIndexes = (plan: string[]) =>
  plan.filter((step) => / entries\b/.test(step)).every((step) => /USING (COVERING )?INDEX/.test(step));

it('answers the calendar from the stats index alone', () => {
  const { db, plans } = planningJournal();
  calendarMonth(db, 2026, 11);
  expect(plans.length).toBe(1);
  expect(plans[0]!.join('\n')).toMatch(/SEARCH entries USING COVERING INDEX entries_for_stats/);
  expect(readsOnlyIndexes(plans[0]!), plans[0]!.join('\n')).toBe(true);
});

it('answers the summary from the stored days, runs, weeks and months by their keys, never reading entries', () => {
  const { db, plans } = planningJournal();
  statsSummary(db, { from: '2026-01-01', to: '2026-11-29' }, '2026-11-29');
  expect(plans.length).toBe(2);
  const [figures, templates] = plans.map((plan) => plan.join('\n'));
  for (const table of ['entry_days', 'mood_weeks', 'mood_months']) expect(figures).toMatch(new RegExp(`SEARCH ${table} USING PRIMARY KEY`));
  expect(figures).toMatch(/SEARCH day_runs USING COVERING INDEX day_runs_by_end/);
  // Before vs after groups by template in the table's key order: no sort of its rows.
  expect(templates).toMatch(/SCAN template_mood_days/);
  expect(templates).not.toMatch(/TEMP B-TREE FOR GROUP BY/);
  for (const plan of [figures, templates]) expect(plan).not.toMatch(/ entries\b/);
});

it('finds on-this-day entries through the day-of-month index, exclusions included', () => {
  const { db, plans } = planningJournal();
  onThisDay(db, '2026-11-29', { enabled: true, excludeTemplateIds: ['empathy'], excludeTags: ['him'] });
  expect(plans[0]!.join('\n')).toMatch(/SEARCH entries USING INDEX entries_by_day_of_month/);
  expect(readsOnlyIndexes(plans[0]!)).toBe(true);
});
