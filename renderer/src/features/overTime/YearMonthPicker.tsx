// The month and year shown by the calendar, chosen from two lists (a jump to any month without stepping through them).
import { format } from 'date-fns';

const monthNames = Array.from({ length: 12 }, (_, i) => format(new Date(2000, i, 1), 'MMMM'));

export function YearMonthPicker({ month, onMonth }: { month: Date; onMonth: (firstDay: string) => void }) {
  const year = month.getFullYear();
  const thisYear = new Date().getFullYear();
  const years = Array.from(
    { length: Math.max(thisYear, year) - Math.min(thisYear - 30, year) + 1 },
    (_, i) => Math.max(thisYear, year) - i,
  );
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    <span className="calendar-picker">
      <select
        aria-label="Month"
        value={month.getMonth() + 1}
        onChange={(event) => onMonth(`${year}-${pad(Number(event.target.value))}-01`)}
      >
        {monthNames.map((name, i) => (
          <option key={name} value={i + 1}>
            {name}
          </option>
        ))}
      </select>
      <select aria-label="Year" value={year} onChange={(event) => onMonth(`${event.target.value}-${pad(month.getMonth() + 1)}-01`)}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </span>
  );
}
