// Benchmark: typing in real Chromium through the built browser host: keydown to the frame painted after the editor's DOM
// changed, at the end of a 20,000-word entry, against the same in a 200-word entry, typed in alternating blocks in one run.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { seededRandom } from '../unit/helpers/seededRandom';
import { makeTempDir } from '../unit/helpers/tempJournal';
import { startBenchHost, type BenchHost } from './hostClient';
import { editorWorkPerKey, installKeyWatcher, keyQueueing, keySamples, launchChromium, watchKeys } from './pageTiming';
import { ms, percentiles, type Timing } from './seed/measure';
import { SEED_PASSPHRASE, seedJournal } from './seed/seedJournal';
import { makeVocabulary, sampleWord } from './seed/vocabulary';

const LONG_WORDS = Number(process.env.AFTERWORD_BENCH_LONG_WORDS ?? 20_000);
const SHORT_WORDS = 200;
const KEYS = Number(process.env.AFTERWORD_BENCH_KEYS ?? 200);
const BLOCKS = 4;
/** Between keystrokes: a fast typist (~130 words a minute), faster than the saver's pause and the recount's. */
const KEY_DELAY_MS = 60;
/** Typed at the end of the entry; no characters Typography rewrites (quotes, dashes, arrows). */
const TYPED = ' and then I wrote a little more about the kitchen and the rain and how quiet it was after he left';

const temp = makeTempDir('afterword-bench-typing-');
const rows: string[] = [];
let host: BenchHost | undefined;
let browser: Browser | undefined;
let page: Page;

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  temp.cleanup();
  process.stdout.write(`\ntyping benchmark (${new Date().toISOString()})\n${rows.join('\n')}\n`);
});

/** Text of `count` words from the seeder's Zipf vocabulary, one word in italics and one in bold, as people write. */
function sentenceNodes(count: number, next: () => string) {
  const words = Array.from({ length: count }, next);
  const third = Math.floor(count / 3);
  return [
    { type: 'text', text: `${words.slice(0, third).join(' ')} ` },
    { type: 'text', text: words[third]!, marks: [{ type: 'italic' }] },
    { type: 'text', text: ` ${words.slice(third + 1, 2 * third).join(' ')} ` },
    { type: 'text', text: words[2 * third]!, marks: [{ type: 'bold' }] },
    { type: 'text', text: ` ${words.slice(2 * third + 1).join(' ')}.` },
  ];
}

/** A body of `words` words like a long entry: paragraphs of 40–80 words with marks, a short list every eighth block. */
function bodyOf(words: number) {
  const vocabulary = makeVocabulary(5_000);
  const random = seededRandom(words);
  const next = () => sampleWord(vocabulary, random());
  const blocks = [];
  for (let left = words, block = 0; left > 0; block++) {
    if (block % 8 === 7 && left > 30) {
      const items = [0, 1, 2].map(() => ({ type: 'listItem', content: [{ type: 'paragraph', content: sentenceNodes(10, next) }] }));
      blocks.push({ type: 'bulletList', content: items });
      left -= 30;
      continue;
    }
    const count = Math.min(left, 40 + Math.floor(random() * 41));
    blocks.push({ type: 'paragraph', content: count < 6 ? [{ type: 'text', text: `${next()}.` }] : sentenceNodes(count, next) });
    left -= count < 6 ? 1 : count;
  }
  return { type: 'doc', content: blocks };
}

const title = (words: number) => (words === SHORT_WORDS ? 'The short entry' : 'The long entry');

async function openAtEnd(words: number) {
  await page
    .getByRole('list', { name: 'Entries' })
    .getByRole('listitem')
    .filter({ hasText: title(words) })
    .getByRole('button')
    .first()
    .click();
  await page
    .getByLabel('Title', { exact: true })
    .and(page.locator(`[value="${title(words)}"]`))
    .waitFor();
  await page.getByLabel('Entry text').click();
  await page.keyboard.press('ControlOrMeta+End');
}

it('opens a journal holding a 20,000-word and a 200-word entry in Chromium', async () => {
  const { vault } = await seedJournal(path.join(temp.dir, 'data'), { entries: 20 });
  vault.lock();
  host = await startBenchHost(path.join(temp.dir, 'data'), ['--auto-lock-seconds', '3600']);
  browser = await launchChromium(true);
  page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  await installKeyWatcher(page);
  await page.goto(host.url);
  await page.getByLabel('Passphrase', { exact: true }).fill(SEED_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('list', { name: 'Entries' }).getByRole('listitem').first().waitFor({ timeout: 60_000 });
  for (const words of [LONG_WORDS, SHORT_WORDS]) {
    const created = await host.call('entries.create', { title: title(words), doc: bodyOf(words), entryDate: '2026-11-30' });
    expect(created.ok).toBe(true);
  }
  await page.reload();
});

const samples: Record<number, number[]> = { [LONG_WORDS]: [], [SHORT_WORDS]: [] };
const parts: Record<number, { changed: number[]; frame: number[]; queued: number[]; work: number[]; script: number[] }> = {
  [LONG_WORDS]: { changed: [], frame: [], queued: [], work: [], script: [] },
  [SHORT_WORDS]: { changed: [], frame: [], queued: [], work: [], script: [] },
};

it(`types ${KEYS} keys into each entry, in ${BLOCKS} alternating blocks`, async () => {
  for (let block = 0; block < BLOCKS * 2; block++) {
    const words = block % 2 ? LONG_WORDS : SHORT_WORDS;
    await openAtEnd(words);
    const keys = KEYS / BLOCKS;
    const text = TYPED.repeat(Math.ceil(keys / TYPED.length)).slice(0, keys);
    await watchKeys(page, 'typing');
    await page.keyboard.type(text, { delay: KEY_DELAY_MS });
    for (const sample of await keySamples(page)) {
      samples[words]!.push(sample.ms);
      parts[words]!.changed.push(sample.changed);
      parts[words]!.frame.push(sample.frame);
    }
    parts[words]!.queued.push(...(await keyQueueing(page)));
    const work = await editorWorkPerKey(page, keys);
    parts[words]!.work.push(...work.total);
    parts[words]!.script.push(...work.script);
    await watchKeys(page, null);
    // Nothing typed is lost: the block is saved before the next entry opens.
    await page.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();
  }
  expect(samples[LONG_WORDS]!.length).toBeGreaterThanOrEqual(KEYS * 0.95);
  expect(samples[SHORT_WORDS]!.length).toBeGreaterThanOrEqual(KEYS * 0.95);
});

it('reports the figures, and leaves screenshots of the long entry, light and dark', async () => {
  const long = percentiles(samples[LONG_WORDS]!);
  const short = percentiles(samples[SHORT_WORDS]!);
  const ratio = (a: Timing, b: Timing) => `${(a.p95 / b.p95).toFixed(2)}× (p50 ${(a.p50 / b.p50).toFixed(2)}×)`;
  const worst = (list: number[]) => Math.max(...list).toFixed(1);
  rows.push(
    `| keydown handler → next frame painted, ${KEYS} keys at ${KEY_DELAY_MS} ms apart (Chromium unthrottled, built host) | p95 (p50) | worst | ÷ 200 words |`,
    '| --- | --- | --- | --- |',
    `| baseline: ${SHORT_WORDS}-word entry | ${ms(short)} | ${worst(samples[SHORT_WORDS]!)} ms | 1× |`,
    `| **${LONG_WORDS.toLocaleString('en')}-word entry** (goal p95 ≤ 8 ms) | ${ms(long)} | ${worst(samples[LONG_WORDS]!)} ms | ${ratio(long, short)} |`,
  );
  const work = (words: number) => percentiles(parts[words]!.work);
  rows.push(
    `| editor work per key, ${SHORT_WORDS} words (dispatch → listeners → style and layout, no frame wait) | ${ms(work(SHORT_WORDS))} | | 1× |`,
    `| **editor work per key, ${LONG_WORDS} words** | ${ms(work(LONG_WORDS))} | | ${ratio(work(LONG_WORDS), work(SHORT_WORDS))} |`,
  );
  for (const words of [SHORT_WORDS, LONG_WORDS]) {
    const of = (list: number[]) => ms(percentiles(list));
    const { changed, frame, queued, script } = parts[words]!;
    rows.push(`| ${words} words, editor work per key before style and layout (the script alone) ${of(script)} | | | |`);
    rows.push(`| ${words} words, from keydown: DOM changed ${of(changed)}; frame began ${of(frame)} | | | |`);
    rows.push(`| ${words} words, before keydown: browser → page handler (not counted above) ${of(queued)} | | | |`);
  }
  await openAtEnd(LONG_WORDS);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    // The theme follows the system; its colours fade over a moment.
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.resolve(__dirname, `../e2e/artifacts/bench-long-entry-${theme}.png`) });
  }
});
