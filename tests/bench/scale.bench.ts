// `npm run bench`: the issue-12 table through the built browser host, at 1,000 and 10,000 entries (50,000 with
// AFTERWORD_BENCH_50K=1), each figure beside its goal, with the host's peak memory; and save latency while long jobs run
// (backup, Markdown export, JSON import, a 1,000-entry PDF: the PDF needs Debian's Chromium, or CHROMIUM_PATH).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startBenchHost, type BenchHost } from './hostClient';
import { hostQuiet } from './pageTiming';
import { SEED_PASSPHRASE, seedJournal } from './seed/seedJournal';

/** AFTERWORD_BENCH_SIZES=1000 measures one size only (e.g. on a busy machine). */
const SIZES = process.env.AFTERWORD_BENCH_SIZES
  ? process.env.AFTERWORD_BENCH_SIZES.split(',').map(Number)
  : [1_000, 10_000, ...(process.env.AFTERWORD_BENCH_50K === '1' ? [50_000] : [])];
/** A run outlasts the 5-minute auto-lock, and API calls are not the page's activity (vault.touch): without this, saves answer LOCKED. */
const NO_AUTO_LOCK = ['--auto-lock-seconds', '3600'];
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

/** Saves one entry again and again while `job` runs (which must succeed); the 99th percentile of their latencies. */
async function savesDuring(host: BenchHost, entryId: string, job: Promise<{ ok: boolean; body?: unknown }>): Promise<number> {
  let done = false;
  const finished = job.finally(() => (done = true));
  // Handled here too, so a failed save (which ends the test and stops the host under the job) is reported, not the orphaned job.
  finished.catch(() => undefined);
  const latencies: number[] = [];
  let version = ((await host.call('entries.get', { id: entryId })).body as { value: { version: number } }).value.version;
  // At least one save, even when the job ends first: a save queued behind it is the case being measured.
  do {
    const result = await host.call('entries.update', { id: entryId, baseVersion: version, title: `saved ${latencies.length}` });
    expect(result.ok, `a save during the job: ${JSON.stringify(result.body)}`).toBe(true);
    latencies.push(result.ms);
    version = (result.body as { value: { version: number } }).value.version;
  } while (!done);
  const outcome = await finished;
  expect(outcome.ok, `the job the saves ran beside: ${JSON.stringify(outcome.body)}`).toBe(true);
  return p99(latencies);
}

/** Save p99 while import.json brings `file` into an empty journal holding one entry, the one being saved. */
async function savesDuringImport(file: Uint8Array): Promise<number> {
  const target = await startBenchHost(folder(), NO_AUTO_LOCK);
  try {
    await target.call('vault.create', { passphrase: SEED_PASSPHRASE });
    const entry = await target.call('entries.create', { title: 'written while importing' });
    const entryId = (entry.body as { value: { id: string } }).value.id;
    return await savesDuring(target, entryId, target.call('import.json', {}, file));
  } finally {
    await target.stop();
  }
}

for (const size of SIZES) {
  it(`${size.toLocaleString('en')} entries`, async () => {
    const dir = folder();
    const { ids, vault } = await seedJournal(dir, { entries: size, kdf: 'app' });
    vault.lock();
    const host = await startBenchHost(dir, NO_AUTO_LOCK);
    try {
      row('host start → ready line', size, host.startMs, null, '≤ 0.25 s');
      // A person types the passphrase after the form appears: by then the journal's worker has started (it boots after the ready line).
      await hostQuiet(host.child.pid!);
      const first = await measured(host, 'vault.unlock', { passphrase: SEED_PASSPHRASE });
      row('first unlock of the day (answer)', size, first.ms, first.peak, '≤ 500 ms');
      await host.call('vault.lock', {});
      const unlock = await measured(host, 'vault.unlock', { passphrase: SEED_PASSPHRASE });
      row('vault.unlock', size, unlock.ms, unlock.peak, '≤ 500 ms');
      // Each unlock starts a full integrity check in the background (and the first, the day's backup): the jobs below are
      // timed after it, not sharing the core with it.
      await hostQuiet(host.child.pid!);
      const json = await measured(host, 'export.json', { scope: { all: true } });
      row('export.json (all)', size, json.ms, json.peak, 'memory ≤ 400 MiB');
      const markdown = await measured(host, 'export.markdown', { scope: { all: true } });
      row('export.markdown (all)', size, markdown.ms, markdown.peak, `≤ ${((0.2 * size) / 1000).toFixed(1)} s (0.2 s per 1,000)`);
      const backup = await measured(host, 'backup.create', {});
      row('backup.create', size, backup.ms, backup.peak, 'memory ≤ 400 MiB');

      const fresh = await startBenchHost(folder(), NO_AUTO_LOCK);
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
        const duringImport = await savesDuringImport(json.bytes!);
        row('save p99 while import.json runs', size, duringImport, null, '≤ 100 ms');
        // The issue's figure is a 1,000-entry PDF whatever the journal's size: the newest 1,000 of the seeded entries.
        const pdfScope = { entryIds: ids.slice(-1_000) };
        const duringPdf = await savesDuring(host, ids[0]!, host.call('export.pdf', { scope: pdfScope }));
        row('save p99 while export.pdf (1,000 entries) runs', size, duringPdf, null, '≤ 100 ms');
      }
    } finally {
      await host.stop();
    }
  });
}
