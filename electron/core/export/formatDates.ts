// Dates as a reader sees them in print and in file names: "Tuesday, 3 March 2026", "3 March – 5 May 2026", "2026-03-03".
const LONG = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The writer's date is a calendar day with no time zone; read it as UTC so it never shifts by a day. */
const asDay = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export function longDate(isoDate: string): string {
  return LONG.format(asDay(isoDate));
}

/** "2 Sept 2026": the contents page's date column, sized to the longest of these. */
export function shortDate(isoDate: string): string {
  return SHORT.format(asDay(isoDate));
}

export function dayMonthYear(isoDate: string): string {
  return DAY_MONTH_YEAR.format(asDay(isoDate));
}

/** "3 March 2026" for one day, else "3 March 2026 – 5 May 2026" (an en dash, as typesetters write ranges). */
export function dateRange(first: string, last: string): string {
  return first === last ? dayMonthYear(first) : `${dayMonthYear(first)} – ${dayMonthYear(last)}`;
}

/** A file name stem for what an export covers: "2026-03-03" or "2026-03-03 to 2026-05-05". */
export function fileNameSpan(first: string, last: string): string {
  return first === last ? first : `${first} to ${last}`;
}
