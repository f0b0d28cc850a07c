// Mood before vs after, per template, as paired uPlot bars, and each template's change in a sentence ("moved by +0.6 … over 14 entries").
import { useMemo } from 'react';
import uPlot from 'uplot';
import type { MoodChange } from '../../contract';
import { changeWords, moodNames } from './moodWords';
import { useChartColours, type ChartColours } from './themeColours';
import { UplotChart } from './UplotChart';

function changeOptions(colours: ChartColours, names: string[]) {
  const bars = (align: -1 | 1) => uPlot.paths.bars!({ size: [0.3, 48], align, gap: 2 });
  return (width: number): uPlot.Options => ({
    width,
    height: 200,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [-0.6, names.length - 0.4] }, y: { range: [0, 5.5] } },
    axes: [
      { stroke: colours.inkSoft, splits: () => names.map((_, i) => i), values: () => names, grid: { show: false }, ticks: { show: false } },
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
      { label: 'Before', fill: colours.lineStrong, stroke: colours.lineStrong, paths: bars(-1), points: { show: false } },
      { label: 'After', fill: colours.accent, stroke: colours.accent, paths: bars(1), points: { show: false } },
    ],
  });
}

export function MoodChangeChart({ changes }: { changes: MoodChange[] }) {
  const colours = useChartColours();
  const names = useMemo(() => changes.map((c) => c.templateName ?? 'Deleted template'), [changes]);
  const options = useMemo(() => changeOptions(colours, names), [colours, names]);
  const data = useMemo<uPlot.AlignedData>(
    () => [changes.map((_, i) => i), changes.map((c) => c.avgBefore), changes.map((c) => c.avgAfter)],
    [changes],
  );
  if (changes.length === 0) {
    return (
      <p className="settings-note">
        Guided entries can ask how you feel at the start and again at the end. Once an entry has both, this shows whether writing it moved
        anything.
      </p>
    );
  }
  return (
    <figure className="over-time-figure">
      <UplotChart options={options} data={data} label="before-after" />
      <figcaption className="chart-words">
        <ul>
          {changes.map((change) => (
            <li key={change.templateId}>{changeWords(change)}</li>
          ))}
        </ul>
        <p className="chart-key">
          <span className="key-swatch key-before" aria-hidden="true" /> before
          <span className="key-swatch key-after" aria-hidden="true" /> after
        </p>
      </figcaption>
    </figure>
  );
}
