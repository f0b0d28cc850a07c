// Timing helpers for benchmarks: percentiles of repeated runs, and a fixed-width table row.

export interface Timing {
  p50: number;
  p95: number;
}

export function percentiles(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}

/** Milliseconds per run, after one warm-up run (the first run of a query pays for reading its pages). */
export function timeRuns(runs: number, fn: (run: number) => unknown): Timing {
  fn(-1);
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    fn(run);
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

export async function timeRunsAsync(runs: number, fn: (run: number) => Promise<unknown>): Promise<Timing> {
  await fn(-1);
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await fn(run);
    samples.push(performance.now() - started);
  }
  return percentiles(samples);
}

export const ms = (t: Timing) => `${t.p95.toFixed(2)} ms (p50 ${t.p50.toFixed(2)})`;
