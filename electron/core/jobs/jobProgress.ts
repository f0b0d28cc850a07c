// How far a long job is, told at most every so often: enough for a progress bar, few enough messages for a 50,000-entry export.
export type OnProgress = (done: number, total: number) => void;

export interface JobProgress {
  add(count: number): void;
}

/** Between two reports; the first (nothing done yet) and the last (all done) are always told. */
const EVERY_MS = 100;

export function jobProgress(total: number, onProgress: OnProgress, now: () => number = Date.now): JobProgress {
  let done = 0;
  let last = now();
  onProgress(0, total);
  return {
    add(count) {
      done = Math.min(total, done + count);
      if (done < total && now() - last < EVERY_MS) return;
      last = now();
      onProgress(done, total);
    },
  };
}
