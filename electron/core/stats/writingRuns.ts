// The longest run of consecutive days written and the run reaching today, found in SQL as "gaps and islands" over distinct dates.
import type { Db } from '../db/openDatabase';
import { rangeCondition, type DateRange } from './dateRange';

/** The day before a YYYY-MM-DD date, by the calendar (no clock, so no time zone or DST can shift it). */
export const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Consecutive dates minus their row number share one value (julianday of a bare date is midnight UTC, so every day is exactly 1):
 * each value is one run. The current run is the one ending today, or yesterday while today has no entry yet.
 */
export function writingRuns(db: Db, range: DateRange, today: string): { longestRun: number; currentRun: number } {
  const { where, params } = rangeCondition(range);
  const row = db
    .prepare(
      `WITH days AS (SELECT DISTINCT entry_date AS d FROM entries WHERE ${where}),
            islands AS (SELECT julianday(d) - row_number() OVER (ORDER BY d) AS island, d FROM days),
            runs AS (SELECT count(*) AS length, max(d) AS last FROM islands GROUP BY island)
       SELECT coalesce(max(length), 0) AS longestRun, coalesce(max(CASE WHEN last IN (?, ?) THEN length END), 0) AS currentRun FROM runs`,
    )
    .get(...params, today, dayBefore(today)) as { longestRun: number; currentRun: number };
  return row;
}
