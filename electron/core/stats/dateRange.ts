// The inclusive day bounds of an optional date range; every stats query starts from them.
export interface DateRange {
  from?: string;
  to?: string;
}

/** Dates compare as text (YYYY-MM-DD), so the widest range is simply the smallest and largest such strings. */
export function dayBounds({ from, to }: DateRange): [string, string] {
  return [from ?? '0000-01-01', to ?? '9999-12-31'];
}
