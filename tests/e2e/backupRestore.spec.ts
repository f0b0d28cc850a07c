// Backups: one encrypted file out, the same journal back in (on another folder, or over the current one, which is kept aside).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startHost } from './fixtures/host';
import {
  createJournal,
  entryRow,
  expectEntryIntact,
  KDF_TIMEOUT,
  PASSPHRASE,
  saveScreenshot,
  sidebar,
  writeEntry,
} from './fixtures/journalSteps';
import { expect, test } from './fixtures/test';

test('backs up the journal to one encrypted file and restores every entry into a fresh journal folder', async ({
  page,
  browser,
}, testInfo) => {
  // Two hosts and three Argon2id derivations (64 MiB each): on one busy core this alone can take most of the default 90 s.
  test.setTimeout(180_000);
  await createJournal(page);
  await writeEntry(page, 'First morning', 'The kettle, the quiet, the list.');
  await writeEntry(page, 'Second morning', 'Less heavy today — ünïcødé ✓');

  await sidebar(page).getByRole('button', { name: 'Backups…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Back up…' }).click()]);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^Afterword backup \d{4}-\d{2}-\d{2}\.awbackup$/);
  await expect(dialog.getByRole('status')).toContainText('Saved');
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('latin1')).toBe('AFTWBKUP');
  expect(bytes.includes(Buffer.from('The kettle'))).toBe(false);
  await saveScreenshot(page, 'backups-dialog');

  const fresh = await startHost();
  const other = await browser.newPage();
  try {
    await other.goto(fresh.url);
    await other.getByRole('button', { name: 'Restore from a backup file' }).click();
    await other.getByLabel('Backup file').setInputFiles(file);
    await other.getByLabel('Passphrase of that backup', { exact: true }).fill('not the passphrase');
    await other.getByRole('button', { name: 'Restore journal' }).click();
    await expect(other.getByRole('alert')).toContainText('not the passphrase this backup was made with', { timeout: KDF_TIMEOUT });
    // Nothing but the lock and the wrong-attempt ledger, which must count that wrong guess across restarts (docs/SECURITY.md).
    expect(readdirSync(fresh.dataDir).filter((name) => name !== 'afterword.lock')).toEqual(['attempts.json']);

    await other.getByLabel('Passphrase of that backup', { exact: true }).fill(PASSPHRASE);
    await other.getByRole('button', { name: 'Restore journal' }).click();
    await expect(sidebar(other).getByRole('button', { name: 'New entry' })).toBeVisible({ timeout: KDF_TIMEOUT });
    await expectEntryIntact(other, 'First morning', 'The kettle, the quiet, the list.');
    await expectEntryIntact(other, 'Second morning', 'Less heavy today — ünïcødé ✓');
  } finally {
    await other.close();
    await fresh.stop();
  }
});

test('restoring over the current journal keeps the replaced one aside, so a mistaken restore can be undone', async ({
  page,
  host,
}, testInfo) => {
  await createJournal(page);
  await writeEntry(page, 'Before the backup', 'Kept in the backup.');
  await sidebar(page).getByRole('button', { name: 'Backups…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Back up…' }).click()]);
  const file = testInfo.outputPath('journal.awbackup');
  await download.saveAs(file);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await writeEntry(page, 'After the backup', 'Only in the current journal.');
  await sidebar(page).getByRole('button', { name: 'Backups…' }).click();
  await dialog.getByLabel('Backup file').setInputFiles(file);
  await dialog.getByLabel('Passphrase of that backup', { exact: true }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Restore…' }).click();

  await expect(entryRow(page, 'Before the backup')).toBeVisible({ timeout: KDF_TIMEOUT });
  await expect(entryRow(page, 'After the backup')).toHaveCount(0);
  const aside = readdirSync(host.dataDir).filter((name) => name.startsWith('replaced-'));
  expect(aside).toHaveLength(1);
  expect(readdirSync(path.join(host.dataDir, aside[0]!))).toEqual(expect.arrayContaining(['journal.db', 'vault.json']));
});
