// Kept rates: over the last N due days, the share of recorded check-ins that were "kept". A day with no check-in is not recorded, never missed.
import type { CheckInResult } from '../../contract';
import { lastDueDays, type Schedule } from './rhythm';

/**
 * For "when it comes up" commitments every day with a check-in is a due day, so the rate covers the last N check-ins.
 * "Partly" counts as recorded but not kept: the heatmap shows it, the rate stays plain.
 */
export function keptRate(schedule: Schedule, results: ReadonlyMap<string, CheckInResult>, today: string, count: number): number | null {
  const days =
    schedule.rhythm.kind === 'whenever'
      ? [...results.keys()]
          .filter((day) => day <= today)
          .sort()
          .reverse()
          .slice(0, count)
      : lastDueDays(schedule, today, count);
  const recorded = days.filter((day) => results.has(day));
  if (recorded.length === 0) return null;
  return recorded.filter((day) => results.get(day) === 'kept').length / recorded.length;
}
