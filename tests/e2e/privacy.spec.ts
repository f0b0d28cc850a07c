// Privacy you can prove, end to end against the real browser host: nothing leaves the machine, nothing readable lands on disk,
// and the host never prints its token except in the one line that hands it over.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import {
  createJournal,
  editorText,
  KDF_TIMEOUT,
  lockWithShortcut,
  PASSPHRASE,
  sidebar,
  unlockWithPassphrase,
  writeEntry,
} from './fixtures/journalSteps';
import { exportOpenEntryAsPdf } from './fixtures/exportSteps';
import { expectSaved, openPicker, picker, startFromTemplate, templateEditor } from './fixtures/templateSteps';

/**
 * The project's own folder: when it is checked out under the temp folder (as CI may do), the test runner's
 * artifacts (Playwright traces record the page) live there; they are the test's recordings, not the app's files.
 */
const PROJECT_DIR = path.resolve(__dirname, '../..');

/** Every file under dir changed since `since` (ms), skipping the project itself and what vanishes or cannot be read while we look. */
function filesChangedSince(dir: string, since: number): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    let names: string[];
    try {
      names = readdirSync(current);
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(current, name);
      if (full === PROJECT_DIR) continue;
      try {
        const stat = statSync(full);
        if (stat.isDirectory()) walk(full);
        else if (stat.isFile() && stat.mtimeMs >= since) found.push(full);
      } catch {
        // Gone already (another test's temp file) or not ours to read.
      }
    }
  };
  walk(dir);
  return found;
}

function filesContaining(files: string[], marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  return files.filter((file) => {
    try {
      const bytes = readFileSync(file);
      return needles.some((needle) => bytes.includes(needle));
    } catch {
      return false;
    }
  });
}

/** A template of the writer's own whose name and first question carry the marker. */
async function saveMarkedTemplate(page: Page, marker: string): Promise<void> {
  await (await openPicker(page)).getByRole('button', { name: 'Duplicate Daily check-in' }).click();
  const editor = templateEditor(page);
  await editor.getByLabel('Name').fill(`Template ${marker}`);
  await editor.getByLabel('Prompt 1: question').fill(`Question ${marker}?`);
  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(picker(page).getByRole('button', { name: `Template ${marker}`, exact: true })).toBeVisible();
  await picker(page).getByRole('button', { name: 'Close' }).click();
}

/** A session through every screen this build has: create, write (blank and from a template), export a PDF, settings, lock, unlock. */
async function fullSession(page: Page, marker: string): Promise<void> {
  await createJournal(page);
  await writeEntry(page, `Title ${marker}`, `Body ${marker} — the things I did not say out loud.`);
  await startFromTemplate(page, 'Daily check-in');
  await editorText(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(`Answer ${marker}`);
  await expectSaved(page, 'Daily check-in', `Answer ${marker}`);
  await saveMarkedTemplate(page, marker);
  const pdf = await exportOpenEntryAsPdf(page);
  expect(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })).toContain(`Answer ${marker}`);
  await sidebar(page).getByRole('button', { name: 'Security settings' }).click();
  await page.getByLabel('Lock when idle').selectOption({ label: 'After 15 minutes' });
  await expect(page.getByLabel('Lock when idle')).toHaveValue('15');
  await lockWithShortcut(page);
  await unlockWithPassphrase(page);
  await expect(sidebar(page)).toContainText(`Title ${marker}`);
}

test('a whole session talks only to its own host, and the page cannot reach anywhere else', async ({ context, host }) => {
  const origin = new URL(host.url).origin;
  const seen: string[] = [];
  const routed: string[] = [];
  // Anything not for the host is recorded and aborted, so even a failing run sends nothing out.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    routed.push(url);
    return new URL(url).origin === origin ? route.continue() : route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('request', (request) => seen.push(request.url()));
  await page.goto(host.url);

  await fullSession(page, `NET-${randomBytes(4).toString('hex')}`);

  const outside = await page.evaluate(async () => {
    const attempts = [
      () => fetch('https://example.com/'),
      () => fetch('http://localhost:9/'),
      () =>
        new Promise((resolve, reject) => {
          const socket = new WebSocket('wss://example.com/');
          socket.onopen = resolve;
          socket.onerror = () => reject(new Error('refused'));
        }),
    ];
    const results: string[] = [];
    for (const attempt of attempts)
      results.push(
        await attempt().then(
          () => 'reached',
          (error: Error) => `refused: ${error.message}`,
        ),
      );
    return results;
  });
  expect(
    outside.every((result) => result.startsWith('refused')),
    outside.join('\n'),
  ).toBe(true);

  expect(seen.length).toBeGreaterThan(10);
  expect(seen.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(routed.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});

test('no plaintext on disk: a marker in titles, entries and a template is in no file under the data folder or the temp folder', async ({
  page,
  host,
}) => {
  const started = Date.now() - 1000;
  const marker = `DISK-${randomBytes(6).toString('hex')}`;
  await createJournal(page);
  for (let i = 0; i < 3; i++) await writeEntry(page, `${marker} title ${i}`, `${marker} body ${i}, written where nobody else can read it.`);
  await expect(page.getByRole('main')).toContainText(marker);
  await saveMarkedTemplate(page, marker);
  await startFromTemplate(page, `Template ${marker}`);
  await expect(editorText(page)).toContainText(`Question ${marker}?`);

  const check = () => {
    const dataFiles = filesChangedSince(host.dataDir, 0);
    expect(dataFiles.map((file) => path.basename(file))).toEqual(expect.arrayContaining(['journal.db', 'vault.json']));
    const tempFiles = filesChangedSince(os.tmpdir(), started);
    expect(filesContaining([...dataFiles, ...tempFiles], marker)).toEqual([]);
  };
  // While open (WAL and all) and after locking.
  check();
  await lockWithShortcut(page);
  check();
});

test('the host prints its one-time link once, in the ready line, and its Bearer token never, whatever happens', async ({ page, host }) => {
  await createJournal(page);
  await writeEntry(page, 'Logged?', 'Nothing secret should ever reach the console.');
  await lockWithShortcut(page);
  await page.getByLabel('Passphrase', { exact: true }).fill('not my passphrase at all');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('passphrase is not right', { timeout: KDF_TIMEOUT });
  await unlockWithPassphrase(page);
  // Refused requests, with and without (wrong) tokens, are not echoed either.
  for (const authorization of ['', 'Bearer wrong-token-0123456789', `Bearer ${host.token}`]) {
    await page.request.post(`${host.url.split('#')[0]}api/vault.unlock`, { headers: { authorization }, data: { passphrase: PASSPHRASE } });
  }
  await page.request.post(`${host.url.split('#')[0]}api/not.a.method`, { headers: { authorization: `Bearer ${host.token}` }, data: {} });

  const { stdout, stderr } = host.output();
  const all = stdout + stderr;
  const linkToken = host.url.split('#token=')[1]!;
  expect(all.split(linkToken).length - 1).toBe(1);
  expect(stdout.split('\n').filter((line) => line.includes(linkToken))).toEqual([`Afterword is ready at ${host.url}`]);
  // The Bearer token came from AFTERWORD_TOKEN: it is neither on the command line nor ever printed.
  expect(all).not.toContain(host.token);
  expect(all).not.toContain(PASSPHRASE);
  expect(all).not.toContain('Nothing secret');
});

test('the page and every API answer carry the strict headers', async ({ page, host, playwright }) => {
  const base = host.url.split('#')[0]!;
  const document = await page.request.get(base);
  const api = await page.request.post(`${base}api/vault.status`, { headers: { authorization: `Bearer ${host.token}` }, data: {} });
  // A request context of its own: page.request would carry the page's session cookie.
  const stranger = await playwright.request.newContext();
  const refused = await stranger.post(`${base}api/vault.status`, { data: {} });
  for (const response of [document, api, refused]) {
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(headers['content-security-policy']).toContain("connect-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  }
  expect(api.headers()['cache-control']).toBe('no-store');
  expect(refused.status()).toBe(401);
  await stranger.dispose();
});
