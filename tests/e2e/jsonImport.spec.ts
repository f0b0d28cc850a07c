// An Afterword JSON import from the page: its progress (checking the file, then entries added) and a Cancel that leaves the
// list exactly as it was, though thousands of entries had already been added in batches.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { createJournal, entryList, saveScreenshot, sidebar, writeEntry } from './fixtures/journalSteps';

const ENTRIES = 20_000;

function exportFile(): Buffer {
  const entries = Array.from({ length: ENTRIES }, (_, n) => ({
    id: `8b0b5c1e-52a4-4e38-9a55-${n.toString(16).padStart(12, '0')}`,
    entryDate: `20${String(10 + (n % 15)).padStart(2, '0')}-0${(n % 9) + 1}-1${n % 10}`,
    createdAt: '2026-01-02T08:00:00.000Z',
    updatedAt: '2026-01-02T09:00:00.000Z',
    title: `Imported evening ${n}`,
    mood: null,
    templateId: null,
    templateVersion: null,
    favorite: false,
    version: 1,
    tags: [`harbour-${n % 5}`],
    doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `The bus home, the rain, entry ${n}.` }] }] },
  }));
  return Buffer.from(JSON.stringify({ format: 'afterword-journal', version: 1, exportedAt: '2026-01-03T00:00:00Z', entries }));
}

const importSection = (page: Page) => page.getByRole('region', { name: 'Import' });

test('a JSON import shows its progress and a Cancel, and a cancelled one leaves the list as it was', async ({ page }) => {
  test.setTimeout(180_000);
  await createJournal(page);
  await writeEntry(page, 'Before the import', 'Written before anything was imported.');

  await sidebar(page).getByRole('button', { name: 'Export or import…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await importSection(page).getByRole('button', { name: 'Afterword JSON…' }).click();
  await (await chooser).setFiles({ name: 'Afterword 2026-01-03.json', mimeType: 'application/json', buffer: exportFile() });

  const progress = importSection(page).getByRole('progressbar', { name: 'Import progress' });
  await expect(progress).toBeVisible();
  // Well into adding: batches of entries are already in the journal when Cancel is pressed.
  await expect(importSection(page)).toContainText(/[1-9][\d,]* of 20,000 entries added/, { timeout: 120_000 });
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await saveScreenshot(page, `import-json-progress-${theme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await importSection(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(importSection(page).getByRole('status')).toContainText('Import cancelled. Nothing was imported.', { timeout: 60_000 });
  await expect(progress).toBeHidden();
  await saveScreenshot(page, 'import-json-cancelled');

  await page.keyboard.press('Escape');
  await expect(entryList(page).getByRole('listitem')).toHaveCount(1);
  await expect(entryList(page)).toContainText('Before the import');
});
