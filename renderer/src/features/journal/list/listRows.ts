// The entry list as the virtualizer's rows: one per entry, the first of each month carrying that month's heading (so every
// item of the list is an entry, and a screen reader's count of them is the count of entries).
import type { EntrySummary } from '../../../contract';

export interface ListRow {
  entry: EntrySummary;
  /** The month heading shown above this entry: the month's name on its first entry, else null. */
  month: string | null;
}

/** Month names in UTC: entry dates are calendar days, so a time zone must never move one into the next month. */
const monthName = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function monthLabel(isoDay: string): string {
  const date = new Date(`${isoDay.slice(0, 7)}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDay.slice(0, 7) : monthName.format(date);
}

export function listRows(entries: readonly EntrySummary[]): ListRow[] {
  return entries.map((entry, position) => ({
    entry,
    month:
      position === 0 || entries[position - 1]!.entryDate.slice(0, 7) !== entry.entryDate.slice(0, 7) ? monthLabel(entry.entryDate) : null,
  }));
}
