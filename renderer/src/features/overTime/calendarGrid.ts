// The weeks of a month as the calendar draws them (Monday first), and the day a key press moves to.
import { addDays, addMonths, endOfMonth, endOfWeek, format, parseISO, startOfMonth, startOfWeek } from 'date-fns';

const weekOptions = { weekStartsOn: 1 } as const;
export const dayKey = (date: Date) => format(date, 'yyyy-MM-dd');

/** Every week touching the month, each seven days long; days outside the month are null (drawn as blanks). */
export function monthWeeks(month: Date): Array<Array<string | null>> {
  const first = startOfMonth(month);
  const last = endOfMonth(month);
  const weeks: Array<Array<string | null>> = [];
  for (let day = startOfWeek(first, weekOptions); day <= endOfWeek(last, weekOptions); day = addDays(day, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)).map((d) => (d >= first && d <= last ? dayKey(d) : null)));
  }
  return weeks;
}

/** Grid keys as the WAI-ARIA date picker pattern has them: arrows by day and week, Home/End the week, Page Up/Down the month. */
export function dayAfterKey(day: string, key: string): string | null {
  const date = parseISO(day);
  const moves: Record<string, () => Date> = {
    ArrowLeft: () => addDays(date, -1),
    ArrowRight: () => addDays(date, 1),
    ArrowUp: () => addDays(date, -7),
    ArrowDown: () => addDays(date, 7),
    Home: () => startOfWeek(date, weekOptions),
    End: () => endOfWeek(date, weekOptions),
    PageUp: () => addMonths(date, -1),
    PageDown: () => addMonths(date, 1),
  };
  const move = moves[key];
  return move ? dayKey(move()) : null;
}

export const weekdayLabels = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
