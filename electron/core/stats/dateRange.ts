// The SQL condition for live entries within an optional, inclusive date range; every stats query starts from it.
export interface DateRange {
  from?: string;
  to?: string;
}

/** Dates compare as text (YYYY-MM-DD), so the widest range is simply the smallest and largest such strings. */
export function rangeCondition({ from, to }: DateRange, alias = ''): { where: string; params: [string, string] } {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return {
    where: `${column('deleted_at')} IS NULL AND ${column('entry_date')} >= ? AND ${column('entry_date')} <= ?`,
    params: [from ?? '0000-01-01', to ?? '9999-12-31'],
  };
}
