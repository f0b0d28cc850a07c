// Test helper: stats.summary and migration 0009's per-day tables recomputed the straightforward way, straight from the entries table
// (moods averaged entry by entry, days and runs grouped as stats.summary did before those tables existed), to hold the fast answer against.
import { expect } from 'vitest';
import type { StatsSummary } from '../../../../electron/contract/stats/schemas';
import type { Db } from '../../../../electron/core/db/openDatabase';
import { dayBefore } from '../../../../electron/core/stats/dayFigures';
import type { DateRange } from '../../../../electron/core/stats/dateRange';

const LIVE = `deleted_at IS NULL AND entry_date >= ? AND entry_date <= ?`;
const bounds = ({ from, to }: DateRange) => [from ?? '0000-01-01', to ?? '9999-12-31'];

const PERIOD_FROM_ENTRIES = (start: string) => `
  SELECT ${start} AS start, coalesce(sum(mood), 0) AS mood_sum, count(mood) AS mood_n, count(template_id) AS guided
  FROM entries WHERE deleted_at IS NULL GROUP BY 1 HAVING count(mood) > 0 OR count(template_id) > 0 ORDER BY 1`;

/** Each table migration 0009 keeps, beside the same rows grouped straight from the live entries. */
export const STORED_FIGURES: ReadonlyArray<[table: string, stored: string, fromEntries: string]> = [
  [
    'entry_days',
    'SELECT day, entries, words, mood_sum, mood_n, guided FROM entry_days ORDER BY day',
    `SELECT entry_date AS day, count(*) AS entries, sum(word_count) AS words, coalesce(sum(mood), 0) AS mood_sum, count(mood) AS mood_n,
            count(template_id) AS guided
     FROM entries WHERE deleted_at IS NULL GROUP BY entry_date ORDER BY day`,
  ],
  [
    'template_mood_days',
    'SELECT day, template_id, n, before_sum, after_sum FROM template_mood_days ORDER BY day, template_id',
    `SELECT entry_date AS day, template_id, count(*) AS n, sum(mood_before) AS before_sum, sum(mood) AS after_sum
     FROM entries WHERE deleted_at IS NULL AND template_id IS NOT NULL AND mood_before IS NOT NULL AND mood IS NOT NULL
     GROUP BY entry_date, template_id ORDER BY day, template_id`,
  ],
  [
    'mood_weeks',
    'SELECT week AS start, mood_sum, mood_n, guided FROM mood_weeks ORDER BY week',
    PERIOD_FROM_ENTRIES(`date(entry_date, '-6 days', 'weekday 1')`),
  ],
  [
    'mood_months',
    'SELECT month AS start, mood_sum, mood_n, guided FROM mood_months ORDER BY month',
    PERIOD_FROM_ENTRIES(`substr(entry_date, 1, 7) || '-01'`),
  ],
  [
    'day_runs',
    'SELECT start, end FROM day_runs ORDER BY start',
    `SELECT min(d) AS start, max(d) AS end FROM (
       SELECT d, julianday(d) - row_number() OVER (ORDER BY d) AS island FROM (SELECT DISTINCT entry_date AS d FROM entries WHERE deleted_at IS NULL))
     GROUP BY island ORDER BY start`,
  ],
];

/** Every stored table equals its recomputation. */
export function expectStoredFiguresExact(db: Db, label: string): void {
  for (const [table, stored, fromEntries] of STORED_FIGURES)
    expect(db.prepare(stored).all(), `${label}: ${table}`).toEqual(db.prepare(fromEntries).all());
}

const FIGURES = `
  WITH days AS MATERIALIZED (
         SELECT entry_date AS d, count(*) AS c, sum(word_count) AS w FROM entries WHERE ${LIVE} GROUP BY entry_date),
       islands AS (SELECT d, julianday(d) - row_number() OVER (ORDER BY d) AS island FROM days),
       runs AS (SELECT count(*) AS length, max(d) AS last FROM islands GROUP BY island)
  SELECT 'total' AS kind, NULL AS start, coalesce(sum(c), 0) AS a, coalesce(sum(w), 0) AS b, count(*) AS n, NULL AS guided FROM days
  UNION ALL
  SELECT 'runs', NULL, coalesce(max(length), 0), coalesce(max(CASE WHEN last IN (?, ?) THEN length END), 0), NULL, NULL FROM runs
  UNION ALL
  SELECT 'week', date(entry_date, '-6 days', 'weekday 1'), round(avg(mood), 2), NULL, count(mood), count(template_id)
    FROM entries WHERE ${LIVE} GROUP BY 2 HAVING count(mood) > 0
  UNION ALL
  SELECT 'month', substr(entry_date, 1, 7) || '-01', round(avg(mood), 2), NULL, count(mood), count(template_id)
    FROM entries WHERE ${LIVE} GROUP BY 2 HAVING count(mood) > 0`;

const MOOD_CHANGE = `
  SELECT g.templateId, t.name AS templateName, g.n, g.avgBefore, g.avgAfter FROM (
    SELECT template_id AS templateId, count(*) AS n, round(avg(mood_before), 2) AS avgBefore, round(avg(mood), 2) AS avgAfter
    FROM entries WHERE ${LIVE} AND template_id IS NOT NULL AND mood_before IS NOT NULL AND mood IS NOT NULL
    GROUP BY template_id
  ) g LEFT JOIN templates t ON t.id = g.templateId
  ORDER BY g.n DESC, g.templateId`;

interface Row {
  kind: string;
  start: string | null;
  a: number;
  b: number | null;
  n: number | null;
  guided: number | null;
}

export function recomputedSummary(db: Db, range: DateRange, today: string): StatsSummary {
  const [from, to] = bounds(range);
  const rows = db.prepare(FIGURES).all(from, to, today, dayBefore(today), from, to, from, to) as Row[];
  const of = (kind: string) => rows.filter((row) => row.kind === kind).sort((x, y) => (x.start! < y.start! ? -1 : 1));
  const total = of('total')[0]!;
  const runs = of('runs')[0]!;
  const mood = (row: Row) => ({ avgMood: row.a, n: row.n!, guided: row.guided! });
  return {
    entries: total.a,
    words: total.b!,
    daysWritten: total.n!,
    longestRun: runs.a,
    currentRun: runs.b!,
    moodByWeek: of('week').map((row) => ({ weekStart: row.start!, ...mood(row) })),
    moodByMonth: of('month').map((row) => ({ monthStart: row.start!, ...mood(row) })),
    moodChangeByTemplate: db.prepare(MOOD_CHANGE).all(from, to) as StatsSummary['moodChangeByTemplate'],
  };
}
