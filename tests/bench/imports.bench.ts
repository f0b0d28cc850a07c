// Benchmark: import speed and memory. 1,000 Markdown files and a 10,000-entry Day One export (with photos), against
// importing the same 1,000 entries from Afterword's own JSON in the same run.
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, expect, it } from 'vitest';
import { JsonBytes } from '../../electron/core/export/jsonBytes';
import { importJson } from '../../electron/core/export/jsonImport';
import { openUpload, readerOfBytes } from '../../electron/core/files/uploadReader';
import { dayOneSource } from '../../electron/core/imports/dayOneSource';
import type { ImportSource } from '../../electron/core/imports/importTypes';
import { markdownSource } from '../../electron/core/imports/markdownSource';
import { runImport } from '../../electron/core/imports/runImport';
import { Vault } from '../../electron/core/vault/vault';
import { CHEAP_KDF, makeTempDir } from '../unit/helpers/tempJournal';

const MARKDOWN_FILES = Number(process.env.AFTERWORD_BENCH_MARKDOWN ?? 1000);
const DAYONE_ENTRIES = Number(process.env.AFTERWORD_BENCH_DAYONE ?? 10_000);
const rows: string[] = [];
const BODY = `We kept having the same argument about time, and ==I never said== what I actually meant. **Today** I walked.

- [ ] call Sam back
- [x] eat something warm

> It was not all bad.

Later I wrote three more lines about the evening, the rain, the bus home #walks #evening.`;

afterAll(() => process.stdout.write(`\nimport benchmark (${new Date().toISOString()})\n${rows.join('\n')}\n`));

async function freshJournal() {
  const temp = makeTempDir('afterword-bench-import-');
  const vault = new Vault({ dataDir: temp.dir, kdfCost: CHEAP_KDF });
  await vault.create('bench passphrase for imports');
  return { db: vault.database(), done: () => (vault.lock(), temp.cleanup()) };
}

/** CPU seconds of this process (core's time, not the wall clock of a shared machine) and the peak RSS while it ran. */
async function measure<T>(work: () => Promise<T>): Promise<{ result: T; cpu: number; wall: number; peakMiB: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, cpu: (used.user + used.system) / 1e6, wall: (performance.now() - started) / 1000, peakMiB: peak / 1024 / 1024 };
}

const control = { maxEdge: 2560, onProgress: () => undefined, cancelled: () => false };
const run = async (source: () => ImportSource) => {
  const journal = await freshJournal();
  try {
    return await measure(() => runImport(journal.db, source(), control));
  } finally {
    journal.done();
  }
};

it('imports 1,000 Markdown files, against the same entries from Afterword JSON', async () => {
  const files: Zippable = {};
  const json = [];
  for (let i = 0; i < MARKDOWN_FILES; i++) {
    const day = `20${String(10 + (i % 15)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    files[`vault/Daily/${day} note ${i}.md`] = strToU8(
      `---\ntags: [daily, n${i % 7}]\ncreated: ${day}T21:30:00+02:00\n---\n# Evening ${i}\n\n${BODY}\n`,
    );
    json.push({
      id: crypto.randomUUID(),
      entryDate: day,
      createdAt: `${day}T19:30:00.000Z`,
      updatedAt: `${day}T19:30:00.000Z`,
      title: `Evening ${i}`,
      mood: null,
      templateId: null,
      templateVersion: null,
      favorite: false,
      version: 1,
      tags: ['daily'],
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: BODY }] }] },
    });
  }
  const zip = zipSync(files);
  const jsonFile = strToU8(
    JSON.stringify({ format: 'afterword-journal', version: 1, exportedAt: new Date().toISOString(), entries: json }),
  );
  const baselineJournal = await freshJournal();
  const baseline = await measure(() => importJson(baselineJournal.db, new JsonBytes(openUpload(jsonFile, '')), control));
  baselineJournal.done();
  const markdown = await run(() => markdownSource(readerOfBytes(zip)));
  expect(markdown.result.imported).toBe(MARKDOWN_FILES);
  rows.push(
    `| Afterword JSON, ${MARKDOWN_FILES} entries (baseline) | ${baseline.cpu.toFixed(2)} s CPU | ${baseline.wall.toFixed(2)} s | ×1.0 | peak RSS ${baseline.peakMiB.toFixed(0)} MiB |`,
    `| Markdown, ${MARKDOWN_FILES} files (${(zip.byteLength / 1024).toFixed(0)} KiB zip) | ${markdown.cpu.toFixed(2)} s CPU | ${markdown.wall.toFixed(2)} s | ×${(markdown.cpu / baseline.cpu).toFixed(1)} | peak RSS ${markdown.peakMiB.toFixed(0)} MiB |`,
  );
});

it('imports a 10,000-entry Day One export with photos, memory bounded by the zip rather than the pictures', async () => {
  const android = unzipSync(new Uint8Array(readFileSync('tests/fixtures/dayone/Export-Tagebuch.zip')));
  const ios = unzipSync(new Uint8Array(readFileSync('tests/fixtures/dayone/Cairns-ios.zip')));
  const templates = [
    ...JSON.parse(new TextDecoder().decode(android['Tagebuch.json'])).entries,
    ...JSON.parse(new TextDecoder().decode(ios['Journal.json'])).entries,
  ];
  const entries = Array.from({ length: DAYONE_ENTRIES }, (_, i) => ({
    ...templates[i % templates.length],
    uuid: `B${String(i).padStart(31, '0')}`,
  }));
  const photos = Object.fromEntries(Object.entries({ ...android, ...ios }).filter(([name]) => name.startsWith('photos/')));
  const zip = zipSync({ 'Journal.json': strToU8(JSON.stringify({ metadata: { version: '2024.14' }, entries })), ...photos });
  const before = process.memoryUsage().rss / 1024 / 1024;
  const dayOne = await run(() => dayOneSource(readerOfBytes(zip)));
  expect(dayOne.result.imported).toBe(DAYONE_ENTRIES);
  rows.push(
    `| Day One, ${DAYONE_ENTRIES} entries, ${dayOne.result.pictures} distinct photos (${(zip.byteLength / 1024 / 1024).toFixed(1)} MiB zip) | ${dayOne.cpu.toFixed(2)} s CPU | ${dayOne.wall.toFixed(2)} s | | peak RSS ${dayOne.peakMiB.toFixed(0)} MiB (${before.toFixed(0)} MiB before) |`,
  );
});
