// The mood chart in sentences: the span, the overall average, where it started and where it is now, and the guided weeks.
import { format, parseISO } from 'date-fns';
import { moodName, oneDecimal } from './moodWords';

export interface MoodPoint {
  start: string;
  avgMood: number;
  n: number;
  guided: number;
}

const when = (start: string, unit: 'week' | 'month') =>
  unit === 'week' ? `the week of ${format(parseISO(start), 'd MMMM yyyy')}` : format(parseISO(start), 'MMMM yyyy');

export function moodSeriesWords(points: MoodPoint[], unit: 'week' | 'month'): string[] {
  if (points.length === 0) {
    return ['No closing moods yet. When you note how you feel at the end of an entry, this chart shows how it moves over time.'];
  }
  const n = points.reduce((sum, p) => sum + p.n, 0);
  const average = points.reduce((sum, p) => sum + p.avgMood * p.n, 0) / n;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const guided = points.filter((p) => p.guided > 0).length;
  const lines = [
    `Across ${points.length} ${unit}${points.length === 1 ? '' : 's'} with a mood noted (${n} in all), your closing mood averaged ${oneDecimal(average)} of 5 (${moodName(average)}).`,
  ];
  if (points.length > 1) {
    lines.push(
      `It was ${oneDecimal(first.avgMood)} in ${when(first.start, unit)} and ${oneDecimal(last.avgMood)} in ${when(last.start, unit)}.`,
    );
  }
  if (guided > 0) lines.push(`${guided} of these ${unit}s had a guided entry.`);
  return lines;
}
