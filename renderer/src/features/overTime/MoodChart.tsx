// Closing mood by week (by month for long spans) as a uPlot line, weeks with guided entries marked, and the same in plain words.
import { format, parseISO } from 'date-fns';
import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { MoodMonth, MoodWeek } from '../../contract';
import { moodNames } from './moodWords';
import { moodSeriesWords, type MoodPoint } from './moodSeriesWords';
import { useChartColours, type ChartColours } from './themeColours';
import { UplotChart } from './UplotChart';

/** Past half a year of weeks, a line by month reads better than one by week. */
const MAX_WEEKS = 26;

export function pointsOf(byWeek: MoodWeek[], byMonth: MoodMonth[]): { points: MoodPoint[]; unit: 'week' | 'month' } {
  if (byWeek.length <= MAX_WEEKS) return { points: byWeek.map((w) => ({ start: w.weekStart, ...w })), unit: 'week' };
  return { points: byMonth.map((m) => ({ start: m.monthStart, ...m })), unit: 'month' };
}

function moodOptions(colours: ChartColours, unit: 'week' | 'month') {
  return (width: number): uPlot.Options => ({
    width,
    height: 220,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: true }, y: { range: [0.5, 5.5] } },
    axes: [
      {
        stroke: colours.inkSoft,
        grid: { show: false },
        ticks: { stroke: colours.line },
        values: (_u, splits) => splits.map((s) => format(new Date(s * 1000), unit === 'week' ? 'd MMM' : 'MMM yyyy')),
      },
      {
        stroke: colours.inkSoft,
        size: 76,
        splits: () => [1, 2, 3, 4, 5],
        values: (_u, splits) => splits.map((v) => moodNames[v] ?? ''),
        grid: { stroke: colours.line, width: 1 },
        ticks: { show: false },
      },
    ],
    series: [
      {},
      {
        label: `Average mood by ${unit}`,
        stroke: colours.accent,
        width: 2,
        points: { size: 6, fill: colours.accent, stroke: colours.accent },
      },
      {
        label: 'Guided entries',
        stroke: colours.calm,
        width: 0,
        paths: () => null,
        points: { show: true, size: 11, width: 2, fill: 'transparent', stroke: colours.calm },
      },
    ],
  });
}

export function MoodChart({ byWeek, byMonth }: { byWeek: MoodWeek[]; byMonth: MoodMonth[] }) {
  const colours = useChartColours();
  const { points, unit } = pointsOf(byWeek, byMonth);
  const options = useMemo(() => moodOptions(colours, unit), [colours, unit]);
  const data = useMemo<uPlot.AlignedData>(
    () => [
      points.map((p) => parseISO(p.start).getTime() / 1000),
      points.map((p) => p.avgMood),
      points.map((p) => (p.guided > 0 ? p.avgMood : null)),
    ],
    [points],
  );
  return (
    <figure className="over-time-figure">
      {points.length > 0 && <UplotChart options={options} data={data} label="mood" />}
      <figcaption className="chart-words">
        {moodSeriesWords(points, unit).map((line) => (
          <p key={line}>{line}</p>
        ))}
        {points.length > 0 && (
          <p className="chart-key">
            <span className="key-line" aria-hidden="true" /> average closing mood by {unit}
            <span className="key-ring" aria-hidden="true" /> a {unit} with guided entries
          </p>
        )}
      </figcaption>
    </figure>
  );
}
