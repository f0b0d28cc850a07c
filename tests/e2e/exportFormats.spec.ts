// Every file the page can save (PDF, Markdown, JSON, backup), downloaded through the page and opened the way the person would open it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { downloadExport, exportDialog } from './fixtures/exportSteps';
import { createJournal, saveScreenshot, sidebar, writeEntry } from './fixtures/journalSteps';
import { expect, test } from './fixtures/test';

const entry = { title: 'Saturday, finally', body: 'Slept until nine — no alarm, no messages, just the radiator ticking. 月光 ✓' };

test('downloads the journal as PDF, Markdown, JSON and an encrypted backup through the page, each file whole and readable', async ({
  page,
}) => {
  await createJournal(page);
  await writeEntry(page, entry.title, entry.body);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);

  const pdf = await downloadExport(page, 'journal.pdf');
  await expect(dialog.getByRole('status')).toContainText('Exported “');
  expect(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })).toContain(entry.body);

  await dialog.getByRole('radio', { name: /^Markdown/ }).check();
  const zip = unzipSync(readFileSync(await downloadExport(page, 'journal.zip')));
  const markdown = Object.entries(zip).filter(([name]) => name.endsWith('.md'));
  expect(markdown).toHaveLength(1);
  expect(strFromU8(markdown[0]![1])).toContain(`title: "${entry.title}"`);
  expect(strFromU8(markdown[0]![1])).toContain(entry.body);

  await dialog.getByRole('radio', { name: /^JSON/ }).check();
  const json = JSON.parse(readFileSync(await downloadExport(page, 'journal.json'), 'utf8'));
  await expect(dialog.getByRole('status')).toContainText(/Exported “.*\.json”/);
  expect(json).toMatchObject({ format: 'afterword-journal', version: 1, entries: [{ title: entry.title }] });
  expect(JSON.stringify(json.entries[0].doc)).toContain(entry.body);
  await saveScreenshot(page, 'export-json-done');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await sidebar(page).getByRole('button', { name: 'Backups…' }).click();
  const backups = page.getByRole('dialog', { name: 'Backups' });
  const [download] = await Promise.all([page.waitForEvent('download'), backups.getByRole('button', { name: 'Back up…' }).click()]);
  const backup = readFileSync(await download.path());
  await expect(backups.getByRole('status')).toContainText('Saved');
  expect(backup.subarray(0, 8).toString('latin1')).toBe('AFTWBKUP');
  expect(backup.includes(Buffer.from('radiator'))).toBe(false);
});
