// Which calendar days a commitment is due on. Days are the writer's local dates (YYYY-MM-DD), so DST never shifts a day.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { parseISO } from 'date-fns/parseISO';
import type { Rhythm } from '../../contract';

/** A YYYY-MM-DD string as local midnight, and back; date-fns steps by calendar days, so a 23- or 25-hour day is still one day. */
export const toDate = (day: string): Date => parseISO(day);
export const toDay = (date: Date): string => format(date, 'yyyy-MM-dd');
export const shiftDay = (day: string, days: number): string => toDay(addDays(toDate(day), days));
export const weekdayOf = (day: string): number => getDay(toDate(day));

export interface Schedule {
  rhythm: Rhythm;
  startsOn: string;
  endsOn: string | null;
}

/** Whether the rhythm asks for a check-in on this day, within the commitment's span. "Whenever" has no due days. */
export function isDue({ rhythm, startsOn, endsOn }: Schedule, day: string): boolean {
  if (day < startsOn || (endsOn !== null && day > endsOn)) return false;
  const weekday = weekdayOf(day);
  switch (rhythm.kind) {
    case 'daily':
      return true;
    case 'weekdays':
      return weekday >= 1 && weekday <= 5;
    case 'weekly':
      return weekday === rhythm.weekday;
    case 'whenever':
      return false;
  }
}

/** The most recent `count` due days up to and including `today`, newest first (fewer when the commitment is younger). */
export function lastDueDays(schedule: Schedule, today: string, count: number): string[] {
  const days: string[] = [];
  const last = schedule.endsOn !== null && schedule.endsOn < today ? schedule.endsOn : today;
  for (let day = last; day >= schedule.startsOn && days.length < count; day = shiftDay(day, -1)) {
    if (isDue(schedule, day)) days.push(day);
  }
  return days;
}

/** Every due day from `from` to `to` inclusive, oldest first. */
export function dueDaysBetween(schedule: Schedule, from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = shiftDay(day, 1)) if (isDue(schedule, day)) days.push(day);
  return days;
}
