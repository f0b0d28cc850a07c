// import.json of a seeded journal's export through core in this process, with saves every 100 ms beside it: wall and CPU time
// of the import, each pass's share, the saves' latencies; optionally a CPU profile (AFTERWORD_BENCH_CPU_PROFILE=<file>).
import { createDecipheriv } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { expect, it } from 'vitest';
import { createJournal, type Journal } from '../../electron/core/journal';
import { sealPickedFile } from '../../electron/shell/sealedUpload';
import { CHEAP_KDF, makeTempDir } from '../unit/helpers/tempJournal';
import { SEED_PASSPHRASE, seedJournal } from './seed/seedJournal';

/** AFTERWORD_BENCH_IMPORT_ENTRIES (default 10,000); the seeded journal and its export are kept in the temp folder for the next run. */
const ENTRIES = Number(process.env.AFTERWORD_BENCH_IMPORT_ENTRIES ?? 10_000);
const SEEDED = path.join(os.tmpdir(), `afterword-bench-import-${ENTRIES}`);
const FILE = `${SEEDED}.json`;
const SAVE_EVERY_MS = 100;

async function exportFile(): Promise<void> {
  if (existsSync(FILE)) return;
  if (!existsSync(path.join(SEEDED, 'vault.json'))) (await seedJournal(SEEDED, { entries: ENTRIES })).vault.lock();
  const source = createJournal({ dataDir: SEEDED, kdfCost: CHEAP_KDF });
  expect((await source.dispatch('vault.unlock', { passphrase: SEED_PASSPHRASE })).ok).toBe(true);
  await source.idle();
  const answer = await source.dispatch('export.json', { scope: { all: true } });
  if (!answer.ok) throw new Error(answer.error.message);
  const sealed = (answer.value as { sealed: { path: string; key: Uint8Array; iv: Uint8Array } }).sealed;
  await pipeline(createReadStream(sealed.path), createDecipheriv('aes-256-ctr', sealed.key, sealed.iv), createWriteStream(FILE));
  rmSync(sealed.path);
  source.close();
}

/** Saves one entry again and again, SAVE_EVERY_MS apart, until stopped; answers the latencies. */
async function savesUntil(journal: Journal, stopped: () => boolean): Promise<number[]> {
  const created = await journal.dispatch('entries.create', { title: 'Typed during the import' });
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as { id: string }).id;
  const latencies: number[] = [];
  while (!stopped()) {
    const sent = performance.now();
    await journal.dispatch('entries.update', { id, title: `Typed during the import ${latencies.length}` });
    latencies.push(performance.now() - sent);
    await new Promise((resolve) => setTimeout(resolve, SAVE_EVERY_MS));
  }
  return latencies.sort((a, b) => a - b);
}

/** How long each pass of the import took, from its progress events (stage `checking`, then `adding`). */
function stageTimes(journal: Journal): () => string {
  const times = new Map<string, number>();
  let stage = '';
  let since = performance.now();
  const note = (next: string) => {
    if (stage) times.set(stage, performance.now() - since);
    stage = next;
    since = performance.now();
  };
  journal.onEvent((event) => {
    const next = event.progress?.stage ?? 'reading';
    if (next !== stage) note(next);
  });
  return () => {
    note('');
    return [...times].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`).join(', ');
  };
}

async function cpuProfile(): Promise<(() => Promise<void>) | null> {
  const target = process.env.AFTERWORD_BENCH_CPU_PROFILE;
  if (!target) return null;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => writeFileSync(target, JSON.stringify((await session.post('Profiler.stop')).profile));
}

it(`import.json of ${ENTRIES.toLocaleString('en')} entries with saves beside it`, async () => {
  await exportFile();
  const target = makeTempDir('afterword-bench-import-into-');
  const dataDir = path.join(target.dir, 'journal');
  mkdirSync(dataDir, { recursive: true });
  // The auto-lock cancels an import (the journal it writes to closes): a loaded machine can outlast its five minutes.
  const journal = createJournal({ dataDir, kdfCost: CHEAP_KDF, autoLock: { overrideMs: 3_600_000 } });
  try {
    expect((await journal.dispatch('vault.create', { passphrase: SEED_PASSPHRASE })).ok).toBe(true);
    await journal.idle();
    const upload = await sealPickedFile(FILE, dataDir, Number.MAX_SAFE_INTEGER);
    const stages = stageTimes(journal);
    const stopProfile = await cpuProfile();
    let finished = false;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const saves = savesUntil(journal, () => finished);
    const result = await journal.dispatch('import.json', { file: upload }).finally(() => (finished = true));
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const latencies = await saves;
    await stopProfile?.();
    rmSync(upload.path, { force: true });
    expect(result).toMatchObject({ ok: true, value: { imported: ENTRIES } });
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
    process.stdout.write(
      [
        `\nimport bench (${new Date().toISOString()}), ${ENTRIES} entries, load ${os.loadavg()[0]!.toFixed(1)}`,
        `import.json: ${seconds.toFixed(2)} s, CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (saves' own included); ${stages()}`,
        `saves during it: ${latencies.length}, p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms (goal p99 ≤ 100 ms)\n`,
      ].join('\n'),
    );
  } finally {
    journal.close();
    target.cleanup();
  }
});
