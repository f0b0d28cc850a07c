// Samples the resident memory of this process's descendants (the Chromium that prints) from /proc, for the export benchmark.
import { readdirSync, readFileSync } from 'node:fs';

const field = (text: string, name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);

function readStatus(pid: number): { ppid: number; hwmKiB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return { ppid: field(status, 'PPid'), hwmKiB: field(status, 'VmHWM') };
  } catch {
    return null;
  }
}

/** Proportional set size: shared pages split between the processes sharing them, so a sum over processes is honest. */
function pssKiB(pid: number): number {
  try {
    return field(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'), 'Pss');
  } catch {
    return 0;
  }
}

/** Every living descendant of `root`, with its memory. */
function descendants(root: number): Map<number, { hwmKiB: number }> {
  const all = new Map<number, { ppid: number; hwmKiB: number }>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    const status = Number.isInteger(pid) ? readStatus(pid) : null;
    if (status) all.set(pid, status);
  }
  const found = new Map<number, { hwmKiB: number }>();
  const queue = [root];
  while (queue.length > 0) {
    const parent = queue.pop()!;
    for (const [pid, status] of all) {
      if (status.ppid === parent && !found.has(pid)) {
        found.set(pid, status);
        queue.push(pid);
      }
    }
  }
  return found;
}

export interface MemoryPeak {
  /** Highest sum of proportional resident memory (PSS) over all of Chromium's processes at one moment. */
  peakTotalMiB: number;
  /** Highest single-process high-water mark (VmHWM), usually the renderer that laid out the pages. */
  peakProcessMiB: number;
}

/** Starts sampling every `intervalMs`; call the returned function to stop and read the peaks. */
export function sampleChildMemory(intervalMs = 100): () => MemoryPeak {
  let peakTotal = 0;
  let peakProcess = 0;
  const sample = () => {
    let total = 0;
    for (const [pid, { hwmKiB }] of descendants(process.pid)) {
      total += pssKiB(pid);
      peakProcess = Math.max(peakProcess, hwmKiB);
    }
    peakTotal = Math.max(peakTotal, total);
  };
  const timer = setInterval(sample, intervalMs);
  return () => {
    clearInterval(timer);
    sample();
    return { peakTotalMiB: Math.round(peakTotal / 1024), peakProcessMiB: Math.round(peakProcess / 1024) };
  };
}
