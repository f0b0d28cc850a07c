// Backups: one encrypted file out, the same journal back in (on another folder, or over the current one, which is kept aside).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startHost } from './fixtures/host';
import {
  createJournal,
  entryRow,
  expectEntryIntact,
  KDF_TIMEOUT,
  lockWithShortcut,
  PASSPHRASE,
  saveScreenshot,
  sidebar,
  unlockWithPassphrase,
  writeEntry,
} from './fixtures/journalSteps';
import { expect, test } from './fixtures/test';

// Typed stories with three or more Argon2id derivations: on one busy core (taskset -c 0) the longest took 108 s, past the
// default 90 s, and its timeout teardown locked the page mid-typing. They get the room that speed needs, not a retry.
test.describe.configure({ timeout: 180_000 });

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

test('restore says what it will replace before replacing, says what it did, and Undo restore brings back what was written after the backup', async ({
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

  // Nothing is replaced until the writer has read what will happen.
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toBeVisible({ timeout: KDF_TIMEOUT });
  await expect(confirm).toContainText(/replaced by the backup from .+, with 1 entry\./);
  await expect(confirm).toContainText('The journal you have now, with 2 entries, is kept');
  await expect(confirm).toContainText('The backup has 1 entry fewer.');
  expect(readdirSync(host.dataDir).filter((name) => name.startsWith('replaced-'))).toEqual([]);
  for (const theme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await saveScreenshot(page, `restore-confirm-${theme}`);
  }
  await confirm.getByRole('button', { name: 'Replace my journal' }).click();

  const restored = page.getByRole('dialog', { name: 'Backup restored' });
  await expect(restored).toBeVisible({ timeout: KDF_TIMEOUT });
  await expect(restored.getByRole('status')).toContainText(
    /Your journal is now the backup from .+, with 1 entry\. The journal it replaced, with 2 entries, is kept/,
  );
  await expect(entryRow(page, 'Before the backup')).toBeVisible();
  await expect(entryRow(page, 'After the backup')).toHaveCount(0);
  const aside = readdirSync(host.dataDir).filter((name) => name.startsWith('replaced-'));
  expect(aside).toHaveLength(1);
  expect(readdirSync(path.join(host.dataDir, aside[0]!))).toEqual(expect.arrayContaining(['journal.db', 'vault.json']));
  for (const theme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await saveScreenshot(page, `restore-result-${theme}`);
  }

  await restored.getByRole('button', { name: 'Undo restore' }).click();
  await expect(sidebar(page).getByRole('status')).toContainText('Restore undone', { timeout: KDF_TIMEOUT });
  await expectEntryIntact(page, 'After the backup', 'Only in the current journal.');
  await expectEntryIntact(page, 'Before the backup', 'Kept in the backup.');
});

test('the Backups dialog lists the automatic backups with their date and entries, and restores one after the same confirmation', async ({
  page,
  host,
}) => {
  await createJournal(page);
  await writeEntry(page, 'In the daily backup', 'Written before the day’s backup.');
  await lockWithShortcut(page);
  // The day's automatic backup is written in the background after an unlock.
  await unlockWithPassphrase(page);
  const backups = path.join(host.dataDir, 'backups');
  await expect.poll(() => existsSync(backups) && readdirSync(backups).some((name) => name.startsWith('auto-'))).toBe(true);
  await writeEntry(page, 'After the daily backup', 'Not in it.');

  await sidebar(page).getByRole('button', { name: 'Backups…' }).click();
  const automatic = page.getByRole('dialog', { name: 'Backups' }).getByRole('list', { name: 'Automatic backups' });
  await expect(automatic.getByRole('listitem')).toHaveCount(1);
  await expect(automatic.getByRole('listitem')).toContainText('1 entry');
  for (const theme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await saveScreenshot(page, `backups-automatic-${theme}`);
  }
  await automatic.getByRole('button', { name: /^Restore the backup from / }).click();
  await automatic.getByLabel('Passphrase of that backup', { exact: true }).fill(PASSPHRASE);
  await automatic.getByRole('button', { name: 'Check this backup' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText('with 1 entry.', { timeout: KDF_TIMEOUT });
  await expect(confirm).toContainText('The journal you have now, with 2 entries, is kept');
  await confirm.getByRole('button', { name: 'Replace my journal' }).click();
  await expect(page.getByRole('dialog', { name: 'Backup restored' })).toBeVisible({ timeout: KDF_TIMEOUT });
  await page.getByRole('button', { name: 'Keep the restored journal' }).click();
  await expect(entryRow(page, 'In the daily backup')).toBeVisible();
  await expect(entryRow(page, 'After the daily backup')).toHaveCount(0);
});
