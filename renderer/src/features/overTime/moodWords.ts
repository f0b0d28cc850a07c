// Plain words for moods and their changes: what every chart says, readable without it (screen readers, print).
import { format, parseISO } from 'date-fns';
import type { MoodChange } from '../../contract';

export const moodNames: Record<number, string> = { 1: 'very low', 2: 'low', 3: 'okay', 4: 'good', 5: 'very good' };

/** The nearest named mood to an average (3.4 reads as "okay"). */
export const moodName = (avg: number) => moodNames[Math.min(5, Math.max(1, Math.round(avg)))]!;

export const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

/** "+0.6", "−0.3", "no change": the sign spelled out so it reads the same aloud. */
export function signedChange(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return 'no change';
  return rounded > 0 ? `+${rounded.toFixed(1)}` : `−${Math.abs(rounded).toFixed(1)}`;
}

export const entriesWord = (n: number) => (n === 1 ? '1 entry' : `${n.toLocaleString()} entries`);

export const longDate = (day: string) => format(parseISO(day), 'EEEE d MMMM yyyy');
export const shortDate = (day: string) => format(parseISO(day), 'd MMM yyyy');

/** "After a Breakup post-mortem your mood moved by +0.6 on average, over 14 entries (from 2.1 to 2.7)." */
export function changeWords(change: MoodChange): string {
  const after = change.templateName ? `a ${change.templateName}` : 'a template you have since deleted';
  return `After ${after} your mood moved by ${signedChange(change.avgAfter - change.avgBefore)} on average, over ${entriesWord(change.n)} (from ${oneDecimal(change.avgBefore)} to ${oneDecimal(change.avgAfter)}).`;
}
