// export.json and import.json of one large seeded journal through core, in this process: wall time and this process's peak memory.
import { createDecipheriv } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { expect, it } from 'vitest';
import { createJournal, type Journal } from '../../electron/core/journal';
import { sealPickedFile } from '../../electron/shell/sealedUpload';
import { CHEAP_KDF, makeTempDir } from '../unit/helpers/tempJournal';
import { SEED_PASSPHRASE, seedJournal } from './seed/seedJournal';

/**
 * AFTERWORD_BENCH_JSON_ENTRIES (default 10,000); the seeded journal is kept in AFTERWORD_BENCH_JSON_DIR for the next run. Opening
 * it migrates it: a branch with a newer schema should point AFTERWORD_BENCH_JSON_DIR at its own copy, or older branches refuse it.
 */
const ENTRIES = Number(process.env.AFTERWORD_BENCH_JSON_ENTRIES ?? 10_000);
const DIR = process.env.AFTERWORD_BENCH_JSON_DIR ?? path.join(os.tmpdir(), `afterword-bench-json-${ENTRIES}`);

const status = () => readFileSync('/proc/self/status', 'utf8');
const mib = (name: string) => Math.round(Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status())?.[1] ?? 0) / 1024);

/** Wall time and VmHWM (reset first through clear_refs, so the peak is this step's). */
async function measured<T>(step: () => Promise<T>): Promise<{ value: T; seconds: number; peakMiB: number; startMiB: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  writeFileSync('/proc/self/clear_refs', '5');
  const startMiB = mib('VmRSS');
  const started = performance.now();
  const value = await step();
  return { value, seconds: (performance.now() - started) / 1000, peakMiB: mib('VmHWM'), startMiB };
}

/** What a shell does with the answer: writes the file where the person chose (from memory, or streamed from the sealed file). */
async function saveAnswer(answer: Record<string, unknown>, target: string): Promise<void> {
  if (answer.data instanceof Uint8Array) return writeFileSync(target, answer.data);
  const sealed = answer.sealed as { path: string; key: Uint8Array; iv: Uint8Array };
  await pipeline(createReadStream(sealed.path), createDecipheriv('aes-256-ctr', sealed.key, sealed.iv), createWriteStream(target));
  rmSync(sealed.path);
}

/** A save of one entry every SAVE_EVERY_MS while the import runs, as the editor saves while a person types (debounced 600 ms). */
const SAVE_EVERY_MS = 600;
async function savingEntry(journal: Journal) {
  const created = await journal.dispatch('entries.create', { title: 'Typed during the import' });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: string }).id;
  const latencies: number[] = [];
  const pending: Array<Promise<unknown>> = [];
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    const sent = performance.now();
    const title = `Typed during the import ${latencies.length}`;
    pending.push(journal.dispatch('entries.update', { id, title }).then(() => latencies.push(performance.now() - sent)));
  };
  const at = (q: number) => [...latencies].sort((a, b) => a - b)[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    start: () => (timer = setInterval(save, SAVE_EVERY_MS)),
    stop: () => clearInterval(timer),
    settled: () => Promise.all(pending),
    summary: () => `${latencies.length} saves, p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`,
  };
}

it(`export.json and import.json at ${ENTRIES.toLocaleString('en')} entries`, async () => {
  if (!existsSync(path.join(DIR, 'vault.json'))) {
    const started = performance.now();
    (await seedJournal(DIR, { entries: ENTRIES })).vault.lock();
    process.stdout.write(`seeded ${ENTRIES} entries in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
  const source = createJournal({ dataDir: DIR, kdfCost: CHEAP_KDF });
  const target = makeTempDir('afterword-bench-json-import-');
  const file = path.join(target.dir, 'export.json');
  try {
    expect((await source.dispatch('vault.unlock', { passphrase: SEED_PASSPHRASE })).ok).toBe(true);
    await source.idle();
    const exported = await measured(async () => {
      const answer = await source.dispatch('export.json', { scope: { all: true } });
      if (!answer.ok) throw new Error(answer.error.message);
      await saveAnswer(answer.value as Record<string, unknown>, file);
    });
    source.close();
    const dataDir = path.join(target.dir, 'journal');
    const journal = createJournal({ dataDir, kdfCost: CHEAP_KDF });
    expect((await journal.dispatch('vault.create', { passphrase: SEED_PASSPHRASE })).ok).toBe(true);
    await journal.idle();
    const saves = await savingEntry(journal);
    // As a shell does it: the file sealed into the data folder as it is read, core reading it in windows, deleted after.
    const imported = await measured(async () => {
      const upload = await sealPickedFile(file, dataDir, Number.MAX_SAFE_INTEGER);
      saves.start();
      try {
        return await journal.dispatch('import.json', { file: upload });
      } finally {
        saves.stop();
        rmSync(upload.path, { force: true });
      }
    });
    await saves.settled();
    journal.close();
    expect(imported.value).toMatchObject({ ok: true, value: { imported: ENTRIES } });
    const size = (statSync(file).size / 1024 / 1024).toFixed(0);
    process.stdout.write(
      [
        `\njson export/import bench (${new Date().toISOString()}), ${ENTRIES} entries, file ${size} MiB, load ${os.loadavg()[0]!.toFixed(1)}`,
        `export.json: ${exported.seconds.toFixed(2)} s, peak ${exported.peakMiB} MiB (from ${exported.startMiB} MiB)`,
        `import.json (sealed upload): ${imported.seconds.toFixed(2)} s, peak ${imported.peakMiB} MiB (from ${imported.startMiB} MiB)`,
        `saves during the import: ${saves.summary()} (goal p99 ≤ 100 ms)\n`,
      ].join('\n'),
    );
  } finally {
    target.cleanup();
  }
});
