// export.json and import.json of one large seeded journal through core, in this process: wall time and this process's peak memory.
import { createDecipheriv } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { expect, it } from 'vitest';
import { createJournal } from '../../electron/core/journal';
import { CHEAP_KDF, makeTempDir } from '../unit/helpers/tempJournal';
import { SEED_PASSPHRASE, seedJournal } from './seed/seedJournal';

/** AFTERWORD_BENCH_JSON_ENTRIES (default 10,000); the seeded journal is kept in AFTERWORD_BENCH_JSON_DIR for the next run. */
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
    const bytes = new Uint8Array(readFileSync(file));
    const journal = createJournal({ dataDir: path.join(target.dir, 'journal'), kdfCost: CHEAP_KDF });
    expect((await journal.dispatch('vault.create', { passphrase: SEED_PASSPHRASE })).ok).toBe(true);
    await journal.idle();
    const imported = await measured(() => journal.dispatch('import.json', { file: bytes }));
    journal.close();
    expect(imported.value).toMatchObject({ ok: true, value: { imported: ENTRIES } });
    const size = (statSync(file).size / 1024 / 1024).toFixed(0);
    process.stdout.write(
      [
        `\njson export/import bench (${new Date().toISOString()}), ${ENTRIES} entries, file ${size} MiB, load ${os.loadavg()[0]!.toFixed(1)}`,
        `export.json: ${exported.seconds.toFixed(2)} s, peak ${exported.peakMiB} MiB (from ${exported.startMiB} MiB)`,
        `import.json: ${imported.seconds.toFixed(2)} s, peak ${imported.peakMiB} MiB (from ${imported.startMiB} MiB, the file itself held: ${size} MiB)\n`,
      ].join('\n'),
    );
  } finally {
    target.cleanup();
  }
});
