// Every figure of stats.summary but before-vs-after, in one SQL statement over the figures migration 0009's triggers keep: per day
// written (entry_days), per run of written days, per week and per month; no call groups or sorts every day.
import type { MoodMonth, MoodWeek, StatsSummary } from '../../contract/stats/schemas';
import type { Db } from '../db/openDatabase';
import { dayBounds, type DateRange } from './dateRange';

/** The day before a YYYY-MM-DD date, by the calendar (no clock, so no time zone or DST can shift it). */
export const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Totals: one aggregate over the days in range. Runs: the stored runs of written days (day_runs), cut to the range; the current
 * run is the one whose last day in range is today or yesterday. Mood by week and by month: whole periods inside the range are read
 * as stored (mood_weeks, mood_months); only the days of a period the range cuts (at most a few at each end) are grouped here, by
 * the same rules: a week starts on Monday ('weekday 1' moves forward, so six days back first lands a date on its own Monday).
 * Days are counted by julianday differences of bare dates (midnight UTC, exactly 1 apart), so no clock change or leap day shifts them.
 */
const FIGURES = `
  WITH bounds AS (SELECT date(@from, 'weekday 1') AS firstWeek, date(@to, '-6 days', 'weekday 0') AS lastWeekEnd,
         CASE WHEN substr(@from, 9) = '01' THEN @from ELSE date(@from, 'start of month', '+1 month') END AS firstMonth,
         CASE WHEN @to >= '9999-12-31' THEN @to ELSE date(@to, '+1 day', 'start of month', '-1 day') END AS lastMonthEnd)
  SELECT 'total' AS kind, NULL AS start, coalesce(sum(entries), 0) AS a, coalesce(sum(words), 0) AS b, count(*) AS n, NULL AS guided
    FROM entry_days WHERE day >= @from AND day <= @to
  UNION ALL
  SELECT 'runs', NULL, coalesce(max(length), 0), coalesce(max(CASE WHEN last IN (@today, @yesterday) THEN length END), 0), NULL, NULL
    FROM (SELECT min(end, @to) AS last, CAST(julianday(min(end, @to)) - julianday(max(start, @from)) AS INTEGER) + 1 AS length
          FROM day_runs WHERE start <= @to AND end >= @from)
  UNION ALL
  SELECT 'week', week, round(mood_sum * 1.0 / mood_n, 2), NULL, mood_n, guided FROM mood_weeks, bounds
    WHERE week >= firstWeek AND week <= date(lastWeekEnd, '-6 days') AND mood_n > 0
  UNION ALL
  SELECT 'week', date(day, '-6 days', 'weekday 1'), round(sum(mood_sum) * 1.0 / sum(mood_n), 2), NULL, sum(mood_n), sum(guided)
    FROM entry_days, bounds WHERE day >= @from AND day <= @to AND (day < firstWeek OR day > lastWeekEnd) GROUP BY 2 HAVING sum(mood_n) > 0
  UNION ALL
  SELECT 'month', month, round(mood_sum * 1.0 / mood_n, 2), NULL, mood_n, guided FROM mood_months, bounds
    WHERE month >= firstMonth AND month <= lastMonthEnd AND mood_n > 0
  UNION ALL
  SELECT 'month', substr(day, 1, 7) || '-01', round(sum(mood_sum) * 1.0 / sum(mood_n), 2), NULL, sum(mood_n), sum(guided)
    FROM entry_days, bounds WHERE day >= @from AND day <= @to AND (day < firstMonth OR day > lastMonthEnd) GROUP BY 2 HAVING sum(mood_n) > 0`;

/** One row of FIGURES as an array: building an object per row cost more than the query itself for a thousand weeks. */
type FigureRow = [kind: 'total' | 'runs' | 'week' | 'month', start: string, a: number, b: number, n: number, guided: number];

type DayFigures = Omit<StatsSummary, 'moodChangeByTemplate'>;

export function dayFigures(db: Db, range: DateRange, today: string): DayFigures {
  const [from, to] = dayBounds(range);
  const rows = db
    .prepare(FIGURES)
    .raw()
    .all({ from, to, today, yesterday: dayBefore(today) }) as FigureRow[];
  const of = (kind: FigureRow[0]) => rows.filter((row) => row[0] === kind).sort((x, y) => (x[1] < y[1] ? -1 : 1));
  const [, , entries, words, daysWritten] = of('total')[0]!;
  const [, , longestRun, currentRun] = of('runs')[0]!;
  return {
    entries,
    words,
    daysWritten,
    longestRun,
    currentRun,
    moodByWeek: of('week').map(([, weekStart, avgMood, , n, guided]): MoodWeek => ({ weekStart, avgMood, n, guided })),
    moodByMonth: of('month').map(([, monthStart, avgMood, , n, guided]): MoodMonth => ({ monthStart, avgMood, n, guided })),
  };
}
