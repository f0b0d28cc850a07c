// Export and import from the dialog: a PDF of the open entry the reader can trust, and a JSON export brought back into a journal.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures/test';
import { downloadExport } from './fixtures/exportSteps';
import { createJournal, entryRow, saveScreenshot, writeEntry } from './fixtures/journalSteps';

const entry = { title: 'The walk home', body: 'Crème brûlée at the corner café, and for once I did not check my phone.' };

test('exports the open entry as a Letter PDF from the dialog, after saying plainly that the file is not encrypted', async ({ page }) => {
  await createJournal(page);
  await writeEntry(page, entry.title, entry.body);

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('note')).toContainText('The exported file is not encrypted.');
  await expect(dialog.getByLabel(`This entry (“${entry.title}”)`)).toBeChecked();
  await dialog.getByLabel('Letter').check();
  await dialog.getByLabel('Title', { exact: true }).fill('Spring notes');
  await saveScreenshot(page, 'export-dialog');

  const file = await downloadExport(page);
  // One entry is named after its own date and title, and has no cover to carry the book's title (issue 10).
  await expect(dialog.getByRole('status')).toContainText(/Exported “\d{4}-\d{2}-\d{2} The walk home\.pdf”/);

  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(text).not.toContain('Spring notes');
  expect(text).toContain(entry.title);
  expect(text).toContain(entry.body);
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
});

test('imports a JSON export into a journal and lists its entries', async ({ page }) => {
  await createJournal(page);
  const exported = {
    format: 'afterword-journal',
    version: 1,
    exportedAt: '2026-04-02T10:00:00.000Z',
    entries: [
      {
        id: '6f1d3c2a-7b5e-4f8a-9c1d-2e3f4a5b6c7d',
        entryDate: '2026-04-01',
        createdAt: '2026-04-01T20:00:00.000Z',
        updatedAt: '2026-04-01T21:00:00.000Z',
        title: 'Brought back from a file',
        mood: 3,
        templateId: null,
        templateVersion: null,
        favorite: false,
        version: 2,
        tags: ['spring'],
        extra: {},
        doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Every word came home.' }] }] },
      },
    ],
  };
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'afterword-e2e-json-')), 'journal.json');
  writeFileSync(file, JSON.stringify(exported));

  await page.getByRole('button', { name: 'Export or import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('JSON file to import').setInputFiles(file);
  await expect(dialog.getByText('Imported 1 entry.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(entryRow(page, 'Brought back from a file')).toContainText('Every word came home.');
});
