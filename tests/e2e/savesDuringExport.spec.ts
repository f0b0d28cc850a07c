// Exports run in a job worker on a connection of their own: saves keep answering while a large JSON or Markdown export is made,
// and the Export dialog shows how far a Markdown export is and stops it on Cancel, leaving no file behind.
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures/test';
import type { RunningHost } from './fixtures/host';
import { hostApi as api } from './fixtures/hostApi';
import { exportDialog } from './fixtures/exportSteps';
import { createJournal, saveScreenshot, sidebar, writeEntry } from './fixtures/journalSteps';

/** Text that no compression shortens much: `size` characters of one random word per paragraph. */
const bigDoc = (paragraphs: number, size: number) => ({
  type: 'doc',
  content: Array.from({ length: paragraphs }, () => ({
    type: 'paragraph',
    content: [{ type: 'text', text: randomBytes((size * 3) / 4).toString('base64') }],
  })),
});

/**
 * `size` random letters of four per paragraph: the export still converts and deflates every character, but the search
 * indexes (a trigram table among them) hold only 64 distinct trigrams instead of base64's ~260,000, so writing it costs
 * half the time.
 */
const quickToIndexDoc = (paragraphs: number, size: number) => ({
  type: 'doc',
  content: Array.from({ length: paragraphs }, () => ({
    type: 'paragraph',
    content: [{ type: 'text', text: Array.from(randomBytes(size), (byte) => 'acgt'[byte & 3]).join('') }],
  })),
});

const leftovers = (host: RunningHost) => readdirSync(host.dataDir).filter((name) => name.endsWith('.tmp'));

for (const method of ['export.markdown', 'export.json'] as const) {
  test(`saves keep answering while ${method} makes a large file`, async ({ host }) => {
    test.setTimeout(180_000);
    await api(host, 'vault.create', { passphrase: 'saves keep answering, long enough' });
    for (let i = 0; i < 5; i++) await api(host, 'entries.create', { title: `Long ${i}`, doc: bigDoc(8, 1_000_000) });
    let entry = await api(host, 'entries.create', { title: 'Written during the export' });

    let exportDone = false;
    const exporting = api(host, method, { scope: { all: true } }).then((file) => ((exportDone = true), file));
    let savesWhileRunning = 0;
    let text = '';
    for (let i = 0; !exportDone; i++) {
      text = `Save ${i} while the export runs.`;
      const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
      entry = await api(host, 'entries.update', { id: entry.id, baseVersion: entry.version, doc });
      if (!exportDone) savesWhileRunning++;
    }
    expect((await exporting).bytes).toBeGreaterThan(20 * 1024 * 1024);
    // On the journal's own thread, the first save would answer only after the whole export: none in between.
    expect(savesWhileRunning).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify((await api(host, 'entries.get', { id: entry.id })).doc)).toContain(text);
    expect(leftovers(host)).toEqual([]);
  });
}

test('the Export dialog and Backups show how far a Markdown export or a backup is, and Cancel stops it with nothing saved', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  await createJournal(page);
  await writeEntry(page, 'Written in the page', 'The one entry the list shows before the rest arrive.');
  for (let i = 0; i < 100; i++) await api(host, 'entries.create', { title: `Long ${i}`, doc: quickToIndexDoc(2, 750_000) });
  let downloads = 0;
  page.on('download', () => downloads++);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);
  await dialog.getByRole('radio', { name: 'Everything', exact: true }).check();
  await dialog.getByRole('radio', { name: /^Markdown/ }).check();
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const status = dialog.locator('.file-job-progress');
    await expect(status).toContainText(/[1-9]\d* of 101 entries written/, { timeout: 60_000 });
    await expect(dialog.getByRole('button', { name: 'Exporting…' })).toBeDisabled();
    await saveScreenshot(page, `export-progress-${theme}`);
    await status.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Export stopped. Nothing was saved.' })).toBeVisible();
    await expect(status).toHaveCount(0);
    expect(leftovers(host)).toEqual([]);
  }
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The backup button in Backups the same way: its steps in words, and Cancel.
  await sidebar(page).getByRole('button', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Backups' });
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await backups.getByRole('button', { name: 'Back up…' }).click();
    const status = backups.locator('.file-job-progress');
    await expect(status).toContainText(/Copying your journal…|Checking the copy…/, { timeout: 60_000 });
    await saveScreenshot(page, `backup-progress-${theme}`);
    await status.getByRole('button', { name: 'Cancel' }).click();
    await expect(backups.getByRole('status').filter({ hasText: 'Backup stopped. Nothing was saved.' })).toBeVisible();
    expect(leftovers(host)).toEqual([]);
  }
  expect(downloads).toBe(0);
});
