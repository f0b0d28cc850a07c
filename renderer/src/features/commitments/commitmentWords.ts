// Plain words for rhythms, end dates and kept rates, shared by the view and its forms.
import { format, parseISO } from 'date-fns';
import type { Commitment, Rhythm } from '../../contract';

export const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function rhythmWords(rhythm: Rhythm): string {
  switch (rhythm.kind) {
    case 'daily':
      return 'Every day';
    case 'weekdays':
      return 'Monday to Friday';
    case 'weekly':
      return `Every ${weekdayNames[rhythm.weekday]}`;
    case 'whenever':
      return 'When it comes up';
  }
}

/** A YYYY-MM-DD day, or a timestamp shown as its local day. */
export const longDate = (day: string) => format(parseISO(day), 'EEEE d MMMM yyyy');

/** "Kept 3 of 4 recorded" would need counts; a share in words is enough and never reads as a score to beat. */
function rateWords(rate: number | null, span: number): string {
  if (rate === null) return `nothing recorded over the last ${span} due days`;
  return `${Math.round(rate * 100)}% kept over the last ${span} due days`;
}

export function ratesWords(commitment: Commitment): string {
  if (commitment.rhythm.kind === 'whenever') {
    return commitment.keptRate7 === null
      ? 'No check-ins yet'
      : `${Math.round(commitment.keptRate7 * 100)}% kept over your last 7 check-ins`;
  }
  const seven = rateWords(commitment.keptRate7, 7);
  return `${seven[0]!.toUpperCase()}${seven.slice(1)}; ${rateWords(commitment.keptRate30, 30)}`;
}
