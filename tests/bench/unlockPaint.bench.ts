// Benchmark: click Unlock → the first entry row painted, in real Chromium through the built browser host, at
// AFTERWORD_BENCH_ENTRIES seeded entries (1,000 by default) with the app's own Argon2id cost, against the same page's
// reload → unlock form painted, round after round in one run.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { makeTempDir } from '../unit/helpers/tempJournal';
import { startBenchHost, type BenchHost } from './hostClient';
import { clickToPainted, hostQuiet, launchChromium, loadToPainted } from './pageTiming';
import { ms, percentiles, type Timing } from './seed/measure';
import { SEED_PASSPHRASE, seedJournal } from './seed/seedJournal';

const ENTRIES = Number(process.env.AFTERWORD_BENCH_ENTRIES ?? 1_000);
const ROUNDS = Number(process.env.AFTERWORD_BENCH_ROUNDS ?? 10);
const FORM = 'form.auth-form input[type="password"]';
const UNLOCK = 'form.auth-form button[type="submit"]';
const FIRST_ROW = 'ul.entry-list[aria-label="Entries"] > li';

const temp = makeTempDir('afterword-bench-unlock-paint-');
const rows: string[] = [];
let host: BenchHost | undefined;
let browser: Browser | undefined;
let page: Page;

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  temp.cleanup();
  process.stdout.write(`\nunlock paint benchmark, ${ENTRIES} entries (${new Date().toISOString()})\n${rows.join('\n')}\n`);
});

it('seeds the journal with the app’s own key cost and opens its unlock form in Chromium', async () => {
  const started = performance.now();
  const { vault } = await seedJournal(path.join(temp.dir, 'data'), { entries: ENTRIES, kdf: 'app' });
  vault.lock();
  rows.push(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  host = await startBenchHost(path.join(temp.dir, 'data'), ['--auto-lock-seconds', '3600']);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  await page.goto(host.url);
  await page.locator(FORM).waitFor();
});

/** Every request the page made between the click and the painted row, by name: when each was answered. */
const requests: Record<string, number[]> = {};
const samples = { form: [] as number[], unlock: [] as number[], answered: [] as number[], listed: [] as number[] };

it('reloads to the form, then unlocks to the first row, round after round', async () => {
  for (let round = 0; round < ROUNDS; round++) {
    await page.reload();
    samples.form.push(await loadToPainted(page, FORM));
    await page.locator(FORM).fill(SEED_PASSPHRASE);
    const unlocked = await clickToPainted(page, UNLOCK, FIRST_ROW);
    samples.unlock.push(unlocked.ms);
    expect(unlocked.answered['vault.unlock']).toBeGreaterThan(0);
    samples.answered.push(unlocked.answered['vault.unlock']!);
    if (unlocked.answered['entries.list']) samples.listed.push(unlocked.answered['entries.list']);
    for (const [name, at] of Object.entries(unlocked.answered)) (requests[name] ??= []).push(at);
    // The check after an unclean start and the day's backup run after the first unlock: wait them out, then lock again.
    await hostQuiet(host!.child.pid!);
    await page.keyboard.press('ControlOrMeta+L');
    await page.locator(FORM).waitFor();
  }
});

it('reports the figures', () => {
  const t = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, percentiles(list)])) as Record<string, Timing>;
  const ratio = (a: Timing, b: Timing) => `${(a.p95 / b.p95).toFixed(2)}× (p50 ${(a.p50 / b.p50).toFixed(2)}×)`;
  rows.push(
    `| ${ENTRIES.toLocaleString('en')} entries, ${ROUNDS} rounds (Chromium, built host) | p95 (p50) | ÷ reload to form |`,
    '| --- | --- | --- |',
    `| baseline: reload → unlock form painted | ${ms(t.form!)} | 1× |`,
    `| **click Unlock → first row painted** (goal ≤ 500 ms) | ${ms(t.unlock!)} | ${ratio(t.unlock!, t.form!)} |`,
    `| of which: click → vault.unlock answered (Argon2id at the app's cost, opening the journal) | ${ms(t.answered!)} | |`,
    `| of which: click → first entries.list answered (${samples.listed.length} of ${ROUNDS} rounds fetched it) | ${samples.listed.length ? ms(t.listed!) : '—'} | |`,
  );
  const order = Object.entries(requests)
    .map(([name, list]) => ({ name, p50: percentiles(list).p50, rounds: list.length }))
    .sort((a, b) => a.p50 - b.p50);
  rows.push(
    `requests answered after the click (p50, rounds): ${order.map((r) => `${r.name} ${r.p50.toFixed(0)} ms (${r.rounds})`).join(', ')}`,
  );
});
