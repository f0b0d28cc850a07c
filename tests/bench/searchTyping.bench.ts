// Benchmark: search as you type in real Chromium through the built browser host, at AFTERWORD_BENCH_ENTRIES seeded entries
// (10,000 by default): keystroke in the search field → the results list painted with that query's answer. The page asks at
// once when no search is in flight, else when the one in flight answers (useSentQuery.ts); that wait is counted. Baseline:
// the same query asked of the host over HTTP from here, in the same run.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { makeTempDir } from '../unit/helpers/tempJournal';
import { startBenchHost, type BenchHost } from './hostClient';
import { hostQuiet, installKeyWatcher, keySamples, launchChromium, watchKeys, type KeySample } from './pageTiming';
import { ms, percentiles, type Timing } from './seed/measure';
import { SEED_PASSPHRASE, seedJournal } from './seed/seedJournal';
import { makeVocabulary } from './seed/vocabulary';

const ENTRIES = Number(process.env.AFTERWORD_BENCH_ENTRIES ?? 10_000);
const ROUNDS = Number(process.env.AFTERWORD_BENCH_ROUNDS ?? 10);
const SEARCH_FIELD = 'input[type="search"].search-input';

/** A different word each round (an answer the page has seen is served from its cache); the seeder's own vocabulary. */
const vocabulary = makeVocabulary().words;
const KINDS = {
  /** Letter by letter, each keystroke waited out: a person typing slowly, every letter its own prefix query. */
  prefix: (round: number) => vocabulary[400 + 37 * round]!.slice(0, 4),
  /** Typed quickly; the last keystroke is timed. Rank ~20,000 of a Zipf vocabulary: a handful of entries. */
  rare: (round: number) => vocabulary[20_000 + 101 * round]!,
  /** Typed quickly; the last keystroke is timed. Among the 40 commonest words: thousands of entries, the first 50 shown. */
  common: (round: number) => vocabulary[12 + 3 * round]!,
};
type Kind = keyof typeof KINDS;

const temp = makeTempDir('afterword-bench-search-typing-');
const rows: string[] = [];
let host: BenchHost | undefined;
let browser: Browser | undefined;
let page: Page;

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  temp.cleanup();
  process.stdout.write(`\nsearch-as-you-type benchmark, ${ENTRIES} entries (${new Date().toISOString()})\n${rows.join('\n')}\n`);
});

it('seeds the journal and unlocks it in Chromium', async () => {
  const started = performance.now();
  const { vault } = await seedJournal(path.join(temp.dir, 'data'), { entries: ENTRIES });
  vault.lock();
  rows.push(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  host = await startBenchHost(path.join(temp.dir, 'data'), ['--auto-lock-seconds', '3600']);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  await installKeyWatcher(page);
  await page.goto(host.url);
  await page.getByLabel('Passphrase', { exact: true }).fill(SEED_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page
    .getByRole('list', { name: 'Entries' })
    .getByRole('listitem')
    .first()
    .waitFor({ timeout: 10 * 60_000 });
  await hostQuiet(host.child.pid!);
});

const samples: Record<Kind, KeySample[]> = { prefix: [], rare: [], common: [] };
const direct: Record<Kind, number[]> = { prefix: [], rare: [], common: [] };

async function openSearch() {
  await page.reload();
  await page.getByRole('list', { name: 'Entries' }).getByRole('listitem').first().waitFor();
  await page.keyboard.press('ControlOrMeta+K');
  await page.locator(SEARCH_FIELD).waitFor();
}

/** Each letter typed and its results waited for; every keystroke is a sample. */
async function typeSlowly(text: string): Promise<KeySample[]> {
  const taken: KeySample[] = [];
  await watchKeys(page, 'results');
  for (const letter of text) {
    await page.keyboard.press(letter);
    taken.push(...(await keySamples(page, true)));
  }
  await watchKeys(page, null);
  return taken;
}

/** Typed at ~70 ms a key, as a person types; the last keystroke is the sample. */
async function typeQuickly(word: string): Promise<KeySample[]> {
  await page.locator(SEARCH_FIELD).fill('');
  await page.keyboard.type(word.slice(0, -1), { delay: 70 });
  await watchKeys(page, 'results');
  await page.keyboard.press(word.slice(-1));
  const taken = await keySamples(page, true);
  await watchKeys(page, null);
  return taken;
}

it('types a prefix letter by letter, a rare word and a common word, round after round', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    // A reload empties the page's cache of answers, so each query is asked of the host.
    await openSearch();
    samples.prefix.push(...(await typeSlowly(KINDS.prefix(round))));
    samples.rare.push(...(await typeQuickly(KINDS.rare(round))));
    samples.common.push(...(await typeQuickly(KINDS.common(round))));
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const asked = await host!.call('search.query', { q: KINDS[kind](round), sort: 'relevance', limit: 50 });
      expect(asked.ok).toBe(true);
      direct[kind].push(asked.ms);
    }
  }
  expect(samples.rare.length).toBeGreaterThanOrEqual(ROUNDS * 0.8);
  expect(samples.common.length).toBeGreaterThanOrEqual(ROUNDS * 0.8);
  await page.screenshot({ path: path.resolve(__dirname, `../e2e/artifacts/bench-search-typing-${ENTRIES}.png`) });
});

it('reports the figures', () => {
  const ratio = (a: Timing, b: Timing) => `${(a.p95 / b.p95).toFixed(2)}× (p50 ${(a.p50 / b.p50).toFixed(2)}×)`;
  rows.push(
    `| keystroke → results painted, ${ROUNDS} rounds (Chromium, built host; the wait for a search in flight counted) | samples | p95 (p50) | keydown → asked | asked → answered | answered → results in the DOM | → painted | search.query over HTTP from node (baseline) | ÷ baseline |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const list = samples[kind];
    const part = (of: (s: KeySample) => number) => ms(percentiles(list.map(of)));
    const total = percentiles(list.map((s) => s.ms));
    const baseline = percentiles(direct[kind]);
    rows.push(
      `| **${kind}** (goal p95 ≤ 50 ms) | ${list.length} | ${ms(total)} | ${part((s) => s.requestAt!)} | ${part((s) => s.answeredAt! - s.requestAt!)} | ` +
        `${part((s) => s.changed - s.answeredAt!)} | ${part((s) => s.ms - s.changed)} | ${ms(baseline)} | ${ratio(total, baseline)} |`,
    );
  }
  rows.push(
    `queries: prefix ${Array.from({ length: ROUNDS }, (_, r) => KINDS.prefix(r)).join(', ')}; rare ${KINDS.rare(0)}…; common ${KINDS.common(0)}, ${KINDS.common(1)}…`,
  );
});
