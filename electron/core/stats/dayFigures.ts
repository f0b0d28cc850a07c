// Every figure of stats.summary but before-vs-after, in one SQL statement over the per-day figures (entry_days, kept by migration
// 0009's triggers): one row per day written, read once, and the totals, runs, weeks and months all come from those rows.
import type { MoodMonth, MoodWeek, StatsSummary } from '../../contract/stats/schemas';
import type { Db } from '../db/openDatabase';
import { dayBounds, type DateRange } from './dateRange';

/** The day before a YYYY-MM-DD date, by the calendar (no clock, so no time zone or DST can shift it). */
export const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Weeks: SQLite's 'weekday 1' moves forward to a Monday, so six days back first lands every date on its own week's Monday.
 * Runs ("gaps and islands"): consecutive dates minus their row number share one value, since julianday of a bare date is
 * midnight UTC and every day is exactly 1 apart, across DST, month and year ends and leap days.
 * Moods: sum and count of the moods given, so entries without one are left out of every average.
 */
const FIGURES = `
  WITH days AS MATERIALIZED (
         SELECT day AS d, entries AS c, words AS w, mood_sum AS ms, mood_n AS mn, guided AS g FROM entry_days WHERE day >= ? AND day <= ?),
       islands AS (SELECT d, julianday(d) - row_number() OVER (ORDER BY d) AS island FROM days),
       runs AS (SELECT count(*) AS length, max(d) AS last FROM islands GROUP BY island)
  SELECT 'total' AS kind, NULL AS start, coalesce(sum(c), 0) AS a, coalesce(sum(w), 0) AS b, count(*) AS n, NULL AS guided FROM days
  UNION ALL
  SELECT 'runs', NULL, coalesce(max(length), 0), coalesce(max(CASE WHEN last IN (?, ?) THEN length END), 0), NULL, NULL FROM runs
  UNION ALL
  SELECT 'week', date(d, '-6 days', 'weekday 1'), round(sum(ms) * 1.0 / sum(mn), 2), NULL, sum(mn), sum(g) FROM days GROUP BY 2 HAVING sum(mn) > 0
  UNION ALL
  SELECT 'month', substr(d, 1, 7) || '-01', round(sum(ms) * 1.0 / sum(mn), 2), NULL, sum(mn), sum(g) FROM days GROUP BY 2 HAVING sum(mn) > 0`;

interface FigureRow {
  kind: 'total' | 'runs' | 'week' | 'month';
  start: string | null;
  a: number;
  b: number | null;
  n: number | null;
  guided: number | null;
}

type DayFigures = Omit<StatsSummary, 'moodChangeByTemplate'>;

export function dayFigures(db: Db, range: DateRange, today: string): DayFigures {
  const rows = db.prepare(FIGURES).all(...dayBounds(range), today, dayBefore(today)) as FigureRow[];
  const of = (kind: FigureRow['kind']) => rows.filter((row) => row.kind === kind).sort((x, y) => (x.start! < y.start! ? -1 : 1));
  const total = rows.find((row) => row.kind === 'total')!;
  const runs = rows.find((row) => row.kind === 'runs')!;
  const mood = (row: FigureRow) => ({ avgMood: row.a, n: row.n!, guided: row.guided! });
  return {
    entries: total.a,
    words: total.b!,
    daysWritten: total.n!,
    longestRun: runs.a,
    currentRun: runs.b!,
    moodByWeek: of('week').map((row): MoodWeek => ({ weekStart: row.start!, ...mood(row) })),
    moodByMonth: of('month').map((row): MoodMonth => ({ monthStart: row.start!, ...mood(row) })),
  };
}
