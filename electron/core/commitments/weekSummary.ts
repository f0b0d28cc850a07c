// The week across all commitments: check-ins recorded from Monday to today by result, and how many check-ins were due.
import { startOfWeek } from 'date-fns/startOfWeek';
import type { CheckInResult, Commitment, WeekSummary } from '../../contract';
import type { Db } from '../db/openDatabase';
import { dueDaysBetween, toDate, toDay } from './rhythm';

export const weekStartOf = (day: string): string => toDay(startOfWeek(toDate(day), { weekStartsOn: 1 }));

/** From `weekStart` (Monday, unless a caller asks for another span) to `today`, inclusive. */
export function weekSummary(
  db: Db,
  active: readonly Commitment[],
  today: string,
  weekStart = weekStartOf(today),
  span = 'this week',
): WeekSummary {
  const counts = db
    .prepare('SELECT result, count(*) AS n FROM check_ins WHERE date BETWEEN ? AND ? GROUP BY result')
    .all(weekStart, today) as Array<{ result: CheckInResult; n: number }>;
  const count = (result: CheckInResult) => counts.find((row) => row.result === result)?.n ?? 0;
  const due = active.reduce(
    (sum, c) => sum + dueDaysBetween({ rhythm: c.rhythm, startsOn: c.startsOn, endsOn: c.endsOn }, weekStart, today).length,
    0,
  );
  const tally = { kept: count('kept'), partly: count('partly'), missed: count('missed') };
  return { weekStart, ...tally, due, line: weekLine(tally, span) };
}

/** The weekly line in plain words; an empty week is described without judgement. */
function weekLine({ kept, partly, missed }: Pick<WeekSummary, 'kept' | 'partly' | 'missed'>, span: string): string {
  const recorded = kept + partly + missed;
  if (recorded === 0) return `No check-ins recorded ${span} yet.`;
  const base = `You kept ${kept} of ${recorded} check-in${recorded === 1 ? '' : 's'} ${span}`;
  return partly > 0 ? `${base}, and partly kept ${partly}.` : `${base}.`;
}
