// entries.calendar: one month's days that hold entries, counted and with their average closing mood, read from the date index alone.
import type { CalendarDay } from '../../contract/entries/schemas';
import type { Db } from '../db/openDatabase';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The first day of the month and of the month after it, as stored dates compare (text, YYYY-MM-DD). */
export function monthBounds(year: number, month: number): { first: string; next: string } {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return { first: `${pad(year, 4)}-${pad(month)}-01`, next: `${pad(next.year, 4)}-${pad(next.month)}-01` };
}

export function calendarMonth(db: Db, year: number, month: number): { days: CalendarDay[] } {
  const { first, next } = monthBounds(year, month);
  // AVG leaves out entries without a mood; a day where none has one answers null.
  const days = db
    .prepare(
      `SELECT entry_date AS date, count(*) AS count, round(avg(mood), 2) AS mood
       FROM entries WHERE deleted_at IS NULL AND entry_date >= ? AND entry_date < ?
       GROUP BY entry_date ORDER BY entry_date`,
    )
    .all(first, next) as CalendarDay[];
  return { days };
}
