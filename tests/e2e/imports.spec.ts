// Bringing a past journal in: a real Day One export with photos and an Obsidian vault, with the progress bar and the report.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { createJournal, saveScreenshot, sidebar } from './fixtures/journalSteps';
import { expectPicturesShown } from './fixtures/pictureSteps';

const FIXTURES = path.resolve(__dirname, '../fixtures');

function zipFolder(root: string, prefix: string): Buffer {
  const files: Zippable = {};
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(root, name);
    if (statSync(full).isFile()) files[`${prefix}/${name.split(path.sep).join('/')}`] = new Uint8Array(readFileSync(full));
  }
  return Buffer.from(zipSync(files));
}

/**
 * Opens an entry by its exact title (117 came from Day One): the list is virtualized, so it is scrolled a screen at a time
 * (the next page loads as its end comes near) until the row is drawn.
 */
async function openImported(page: Page, title: string): Promise<void> {
  const row = page.getByRole('list', { name: 'Entries' }).getByText(title, { exact: true });
  const scroller = sidebar(page).locator('.entry-scroller');
  for (let screen = 0; screen < 200 && !(await row.isVisible()); screen++) {
    await scroller.evaluate((element) => element.scrollBy(0, element.clientHeight / 2));
    await page.waitForTimeout(50);
  }
  await row.click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
}

const importSection = (page: Page) => page.getByRole('region', { name: 'Import' });

/** Opens Export or import…, chooses the source and hands the picker the file, as a person would. */
async function startImport(page: Page, source: 'Day One…' | 'Markdown…', name: string, buffer: Buffer): Promise<void> {
  if (!(await importSection(page).isVisible())) await sidebar(page).getByRole('button', { name: 'Export or import…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await importSection(page).getByRole('button', { name: source }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/zip', buffer });
}

test('imports a Day One export with photos and an Obsidian vault, showing progress and then the report', async ({ page }) => {
  test.setTimeout(120_000);
  await createJournal(page);

  await startImport(page, 'Day One…', 'Cairns-ios.zip', readFileSync(path.join(FIXTURES, 'dayone/Cairns-ios.zip')));
  const progress = importSection(page).getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  await expect(importSection(page).getByRole('button', { name: 'Cancel' })).toBeVisible();
  await saveScreenshot(page, 'import-dayone-progress');
  const report = importSection(page).getByRole('status');
  await expect(report).toContainText('Imported 117 entries and 2 pictures.', { timeout: 60_000 });
  await expect(progress).toBeHidden();
  const problems = report.getByRole('list', { name: 'What could not be imported' });
  await expect(problems.getByRole('listitem').first()).toContainText(
    'Journal.json, entry 2 — The picture 84528e9cb1e3a415d4d45546027dc478 is not in the export',
  );
  await expect(problems).toContainText('more like these');
  await saveScreenshot(page, 'import-dayone-report');

  await startImport(page, 'Markdown…', 'vault.zip', zipFolder(path.join(FIXTURES, 'obsidian/vault'), 'vault'));
  await expect(report).toContainText('Imported 2 entries and 1 picture.', { timeout: 60_000 });
  await saveScreenshot(page, 'import-markdown-report');
  await page.keyboard.press('Escape');

  await openImported(page, 'Sample note');
  await expectPicturesShown(page, 1);
  await openImported(page, 'All packed up finally .. still checking on weather ...');
  await expectPicturesShown(page, 1);
  await expect(page.getByLabel('Entry text')).toContainText('Cairns here we come. Gud nit canberra.');
  await saveScreenshot(page, 'import-dayone-entry');
});

test('a Cancel during a Day One import leaves the journal as it was', async ({ page }) => {
  await createJournal(page);
  await startImport(page, 'Day One…', 'Cairns-ios.zip', readFileSync(path.join(FIXTURES, 'dayone/Cairns-ios.zip')));
  await importSection(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(importSection(page).getByRole('status')).toContainText('Import cancelled. Nothing was imported.', { timeout: 60_000 });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Entries' }).getByRole('listitem')).toHaveCount(0);
});
