// Timing inside the page for the Chromium benchmarks: from a keystroke or a click to the frame painted once the page shows
// its answer, measured with the page's own clock (event timestamps, requestAnimationFrame), never with Playwright's round trips.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** What the keydown watcher waits for: a change inside the element (typing), or search results for the new query. */
export type WatchMode = 'typing' | 'results';

/** One keystroke: keydown to painted, and for search the parts (keydown → request sent → answered). */
export interface KeySample {
  ms: number;
  /** Keydown to the DOM change seen (typing: the editor's update; search: the results rendered). */
  changed: number;
  /** Keydown to the start of the frame that paints it. */
  frame: number;
  requestAt?: number;
  answeredAt?: number;
}

/**
 * Debian's Chromium. `unthrottled`: frames are drawn as soon as there is something to draw rather than at the next 60 Hz
 * tick, so keydown-to-painted is the work a keystroke costs and not a random 0–16.7 ms wait for the tick.
 */
export function launchChromium(unthrottled = false): Promise<Browser> {
  const base = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: unthrottled ? [...base, '--disable-frame-rate-limit', '--disable-gpu-vsync'] : base,
  });
}

/** Waits until the host has used under 5% of a core for two seconds running: the after-unlock check and backup are done. */
export async function hostQuiet(pid: number): Promise<number> {
  const started = performance.now();
  const cpu = () =>
    readFileSync(`/proc/${pid}/stat`, 'utf8')
      .split(') ')[1]!
      .split(' ')
      .slice(11, 13)
      .map(Number)
      .reduce((a, b) => a + b);
  for (let quiet = 0, last = cpu(); quiet < 2;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = cpu();
    quiet = now - last < 5 ? quiet + 1 : 0;
    last = now;
  }
  return performance.now() - started;
}

/**
 * Runs in the page (an init script, so it survives reloads). Each keydown in capture, while a mode is set, starts a watch:
 * 'typing' ends at the first DOM change inside the focused element; 'results' ends when a search.query request sent after
 * the key has answered and the results' status line shows a count again (it is empty while the new query is on its way).
 * Either then waits for the next animation frame and a task after it: the frame with the change has been painted.
 */
function installWatcher(): void {
  const g = globalThis as any;
  /** When the next frame began (its animation callbacks), and when it had been painted (a task after it). */
  const afterPaint = () =>
    new Promise<{ frame: number; painted: number }>((resolve) =>
      g.requestAnimationFrame(() => {
        const frame = performance.now();
        const channel = new g.MessageChannel();
        channel.port1.onmessage = () => resolve({ frame, painted: performance.now() });
        channel.port2.postMessage(0);
      }),
    );
  const searchAnswer = (since: number) =>
    (performance.getEntriesByType('resource') as any[]).find(
      (entry) => entry.name.includes('/api/search.query') && entry.startTime >= since,
    );
  const watch = (mode: string, target: any, since: number) =>
    new Promise<any>((resolve) => {
      const give = (sample: any) => {
        observer.disconnect();
        clearTimeout(timeout);
        resolve(sample);
      };
      const ready = () => {
        if (mode === 'typing') return true;
        const answer = searchAnswer(since);
        const status = g.document.querySelector('.search-meta [role="status"]');
        return answer && answer.responseEnd > 0 && status && status.textContent !== '' ? answer : null;
      };
      const observer = new g.MutationObserver(() => {
        const answer = ready();
        if (!answer) return;
        observer.disconnect();
        const changed = performance.now() - since;
        void afterPaint().then(({ frame, painted }) =>
          give({
            ms: painted - since,
            changed,
            frame: frame - since,
            requestAt: answer.startTime && answer.startTime - since,
            answeredAt: answer.responseEnd && answer.responseEnd - since,
          }),
        );
      });
      observer.observe(mode === 'typing' ? target : g.document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      // A keystroke that changes nothing (or a query answered from the cache) gives no sample rather than a wrong one.
      const timeout = setTimeout(() => give(null), 5_000);
    });
  g.__bench = { mode: null, watches: [], queued: [] };
  g.document.addEventListener(
    'keydown',
    (event: any) => {
      if (!g.__bench.mode) return;
      if (g.__bench.watches.length === 0) performance.clearResourceTimings();
      // From the handler, not event.timeStamp: the key's time in the browser process, before the trip to this page's
      // thread (which, with every process on one core, is the machine's scheduling rather than the page's work).
      const now = performance.now();
      g.__bench.queued.push(now - event.timeStamp);
      g.__bench.watches.push(watch(g.__bench.mode, event.target, now));
    },
    true,
  );
}

export async function installKeyWatcher(page: Page): Promise<void> {
  await page.addInitScript(installWatcher);
}

/** Starts watching keystrokes in `mode` (forgetting earlier ones), or stops. */
export async function watchKeys(page: Page, mode: WatchMode | null): Promise<void> {
  await page.evaluate((m) => {
    const bench = (globalThis as any).__bench;
    bench.mode = m;
    bench.watches = [];
    bench.queued = [];
  }, mode);
}

/** Milliseconds each keystroke since watchKeys waited between the browser taking it and the page's handler running. */
export async function keyQueueing(page: Page): Promise<number[]> {
  return page.evaluate(() => (globalThis as any).__bench.queued as number[]);
}

/** The samples of every keystroke since watchKeys, or of the last one only; keystrokes that changed nothing are left out. */
export async function keySamples(page: Page, lastOnly = false): Promise<KeySample[]> {
  const samples = await page.evaluate(async (last) => {
    const watches: Promise<unknown>[] = (globalThis as any).__bench.watches;
    return Promise.all(last ? watches.slice(-1) : watches);
  }, lastOnly);
  return (samples as (KeySample | null)[]).filter((sample): sample is KeySample => sample !== null);
}

/** In the page: clicks `target`, waits frame by frame until `selector` exists and its frame is painted; when each request (API or file) was answered. */
export async function clickToPainted(
  page: Page,
  target: string,
  selector: string,
): Promise<{ ms: number; answered: Record<string, number> }> {
  return page.evaluate(
    async ([button, ready]) => {
      const g = globalThis as any;
      const frame = () => new Promise<void>((resolve) => g.requestAnimationFrame(() => resolve()));
      performance.clearResourceTimings();
      const started = performance.now();
      g.document.querySelector(button).click();
      while (!g.document.querySelector(ready)) await frame();
      await frame();
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      const ms = performance.now() - started;
      const answered: Record<string, number> = {};
      for (const entry of performance.getEntriesByType('resource') as any[]) {
        // API calls by method, anything else (a script chunk, a font) by file name.
        const name = /\/api\/([\w.]+)/.exec(entry.name)?.[1] ?? new URL(entry.name).pathname.split('/').pop()!;
        if (!(name in answered)) answered[name] = entry.responseEnd - started;
      }
      return { ms, answered };
    },
    [target, selector] as const,
  );
}

/** In the page: milliseconds from the navigation's start to the frame after the one where `selector` first exists (at most a frame late). */
export async function loadToPainted(page: Page, selector: string): Promise<number> {
  await page.waitForFunction((ready) => (globalThis as any).document.querySelector(ready), selector, { polling: 'raf' });
  return page.evaluate(() => new Promise<number>((resolve) => (globalThis as any).requestAnimationFrame(() => resolve(performance.now()))));
}

/**
 * In the page: `keys` characters put into the open editor as typing does (one transaction each, at the cursor), each timed
 * from dispatch through every listener (the autosaver, the counts) to style and layout done (`script`: before the layout): the
 * editor's own work per key, without the wait for a frame, so less of the machine's noise than a real keystroke.
 */
export async function editorWorkPerKey(page: Page, keys: number): Promise<{ total: number[]; script: number[] }> {
  return page.evaluate(async (count) => {
    const g = globalThis as any;
    const editor = g.document.querySelector('.ProseMirror').editor;
    const samples = { total: [] as number[], script: [] as number[] };
    for (let key = 0; key < count; key++) {
      const started = performance.now();
      editor.view.dispatch(editor.state.tr.insertText(key % 6 === 5 ? ' ' : 'a'));
      const dispatched = performance.now();
      void g.document.body.offsetHeight;
      samples.script.push(dispatched - started);
      samples.total.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return samples;
  }, keys);
}
