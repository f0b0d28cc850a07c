// A day as the contract writes it (YYYY-MM-DD), in the writer's own time zone: entry dates, "today", backup names, export ranges.
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
