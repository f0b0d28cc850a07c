// `npm run bench`: the issue-12 table through the built browser host, at 1,000 and 10,000 entries (50,000 with
// AFTERWORD_BENCH_50K=1), each figure beside its goal, with the host's peak memory; and save latency while long jobs run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startBenchHost, type BenchHost } from './hostClient';
import { SEED_PASSPHRASE, seedJournal } from './seed/seedJournal';

/** AFTERWORD_BENCH_SIZES=1000 measures one size only (e.g. on a busy machine). */
const SIZES = process.env.AFTERWORD_BENCH_SIZES
  ? process.env.AFTERWORD_BENCH_SIZES.split(',').map(Number)
  : [1_000, 10_000, ...(process.env.AFTERWORD_BENCH_50K === '1' ? [50_000] : [])];
const rows: string[] = [];
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'afterword-bench-scale-'));
  folders.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  process.stdout.write(
    `\nscale benchmark (${new Date().toISOString()})\n| figure | entries | measured | host peak | goal |\n|---|---|---|---|---|\n${rows.join('\n')}\n`,
  );
});

function row(figure: string, entries: number, ms: number, peakMiB: number | null, goal: string): void {
  rows.push(
    `| ${figure} | ${entries.toLocaleString('en')} | ${ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`} | ${peakMiB === null ? '' : `${peakMiB} MiB`} | ${goal} |`,
  );
}

async function measured(host: BenchHost, method: string, input?: unknown, file?: Uint8Array) {
  host.resetPeak();
  const result = await host.call(method, input, file);
  expect(result.ok, method).toBe(true);
  return { ...result, peak: host.peakMiB() };
}

const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.99))] ?? 0;

/** Saves one entry again and again while `job` runs; the 99th percentile of their latencies. */
async function savesDuring(host: BenchHost, entryId: string, job: Promise<unknown>): Promise<number> {
  let done = false;
  void job.finally(() => (done = true));
  const latencies: number[] = [];
  let version = ((await host.call('entries.get', { id: entryId })).body as { value: { version: number } }).value.version;
  // At least one save, even when the job ends first: a save queued behind it is the case being measured.
  do {
    const result = await host.call('entries.update', { id: entryId, baseVersion: version, title: `saved ${latencies.length}` });
    latencies.push(result.ms);
    version = (result.body as { value: { version: number } }).value.version;
  } while (!done);
  return p99(latencies);
}

for (const size of SIZES) {
  it(`${size.toLocaleString('en')} entries`, async () => {
    const dir = folder();
    const { ids, vault } = await seedJournal(dir, { entries: size, kdf: 'app' });
    vault.lock();
    // The idle lock (5 minutes by default) would lock the journal mid-run on a loaded machine, and a lock stops a running export.
    const host = await startBenchHost(dir, ['--auto-lock-seconds', '3600']);
    try {
      row('host start → ready line', size, host.startMs, null, '≤ 0.25 s');
      const first = await measured(host, 'vault.unlock', { passphrase: SEED_PASSPHRASE });
      row('first unlock of the day (answer)', size, first.ms, first.peak, '≤ 500 ms');
      await host.call('vault.lock', {});
      const unlock = await measured(host, 'vault.unlock', { passphrase: SEED_PASSPHRASE });
      row('vault.unlock', size, unlock.ms, unlock.peak, '≤ 500 ms');
      const json = await measured(host, 'export.json', { scope: { all: true } });
      row('export.json (all)', size, json.ms, json.peak, 'memory ≤ 400 MiB');
      const markdown = await measured(host, 'export.markdown', { scope: { all: true } });
      row('export.markdown (all)', size, markdown.ms, markdown.peak, `≤ ${((0.2 * size) / 1000).toFixed(1)} s (0.2 s per 1,000)`);
      const backup = await measured(host, 'backup.create', {});
      row('backup.create', size, backup.ms, backup.peak, 'memory ≤ 400 MiB');

      const fresh = await startBenchHost(folder());
      try {
        await fresh.call('vault.create', { passphrase: SEED_PASSPHRASE });
        const imported = await measured(fresh, 'import.json', {}, json.bytes);
        row('import.json (into an empty journal)', size, imported.ms, imported.peak, size >= 50_000 ? '≤ 10 s, ≤ 400 MiB' : '≤ 400 MiB');
      } finally {
        await fresh.stop();
      }

      if (size === SIZES[0]) {
        const during = await savesDuring(host, ids[0]!, host.call('backup.create', {}));
        row('save p99 while backup.create runs', size, during, null, '≤ 100 ms');
        const duringExport = await savesDuring(host, ids[0]!, host.call('export.markdown', { scope: { all: true } }));
        row('save p99 while export.markdown runs', size, duringExport, null, '≤ 100 ms');
      }
    } finally {
      await host.stop();
    }
  });
}
