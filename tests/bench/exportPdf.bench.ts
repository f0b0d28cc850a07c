// Benchmark: a 1,000-entry journal to one PDF with cover, contents (pagedjs) and page numbers, against plain printing of the same entries.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Journal } from '../../electron/core/journal';
import { createChromiumPdfPrinter } from '../../electron/web/chromiumPdfPrinter';
import { pdfInfo, pdfText } from '../unit/helpers/poppler';
import { call, makeTempDir, openTestJournal } from '../unit/helpers/tempJournal';
import { para, postMortemDoc } from '../unit/helpers/sampleEntries';
import { sampleChildMemory } from './processMemory';

const ENTRIES = Number(process.env.AFTERWORD_BENCH_ENTRIES ?? 1000);
const SENTENCE = 'I walked the long way home and noticed, for the first time in weeks, that the evenings are getting lighter. ';

interface Run {
  label: string;
  seconds: number;
  pages: number;
  peakTotalMiB: number;
  peakProcessMiB: number;
}

const temp = makeTempDir('afterword-bench-');
let journal: Journal;
const runs: Run[] = [];

beforeAll(async () => {
  journal = openTestJournal(temp.dir, { pdfPrinter: createChromiumPdfPrinter() });
  await call(journal, 'vault.create', { passphrase: 'correct horse battery' });
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < ENTRIES; i += 1) {
    const entryDate = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const doc =
      i % 3 === 0 ? postMortemDoc(SENTENCE.repeat(6)) : { type: 'doc', content: [para(SENTENCE.repeat(5)), para(SENTENCE.repeat(3))] };
    await call(journal, 'entries.create', { entryDate, title: `Entry ${i + 1}: the lighter evenings`, doc });
  }
});

afterAll(() => {
  journal.close();
  temp.cleanup();
  const base = runs[0]!;
  const lines = runs.map((run) =>
    [
      run.label,
      `${run.seconds.toFixed(1)} s (×${(run.seconds / base.seconds).toFixed(1)})`,
      `${run.pages} pages`,
      `Chromium peak ${run.peakTotalMiB} MiB PSS over all processes (×${(run.peakTotalMiB / base.peakTotalMiB).toFixed(1)}), ${run.peakProcessMiB} MiB largest process`,
    ].join(' | '),
  );
  const report = `export.pdf benchmark, ${ENTRIES} entries (${new Date().toISOString()})\n${lines.join('\n')}\n`;
  process.stdout.write(`\n${report}`);
  if (process.env.AFTERWORD_BENCH_OUT) writeFileSync(process.env.AFTERWORD_BENCH_OUT, report);
});

async function measure(label: string, options: Record<string, unknown>): Promise<string> {
  const stop = sampleChildMemory();
  const started = performance.now();
  const file = await call(journal, 'export.pdf', { scope: { all: true }, options });
  const seconds = (performance.now() - started) / 1000;
  const memory = stop();
  const pdf = path.join(temp.dir, `${label.replace(/\W+/g, '-')}.pdf`);
  writeFileSync(pdf, file.data);
  runs.push({ label, seconds, pages: pdfInfo(pdf).pages, ...memory });
  return pdf;
}

it(
  'prints the whole journal plainly (baseline), then as a book with contents',
  async () => {
    await measure('plain (no cover, no contents)', { coverPage: false, tableOfContents: false });
    const book = await measure('book (cover, contents, page numbers)', {});
    const contents = pdfText(book, { first: 2, last: 40 });
    expect(contents).toContain(`Entry ${ENTRIES}: the lighter evenings`);
  },
  60 * 60_000,
);
