// One uPlot chart in a box: built when its data or colours change, destroyed on the way out. Hidden from screen readers,
// whose words are the plain summary beside it.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

interface Props {
  /** Builds the options for a given width (the box's own). */
  options: (width: number) => uPlot.Options;
  data: uPlot.AlignedData;
  label: string;
}

export function UplotChart({ options, data, label }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const started = performance.now();
    const chart = new uPlot(options(Math.max(280, element.clientWidth)), data, element);
    // How long the chart took to draw, for the bench and the E2E figures (docs/PERFORMANCE.md).
    performance.measure(`chart:${label}`, { start: started, end: performance.now() });
    const resize = new ResizeObserver(() => chart.setSize({ width: Math.max(280, element.clientWidth), height: chart.height }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [options, data, label]);
  return <div className="chart-box" ref={box} aria-hidden="true" data-chart={label} />;
}
