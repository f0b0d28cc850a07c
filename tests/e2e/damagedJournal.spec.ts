// A journal damaged on disk: a clear screen instead of a crash, and the newest automatic backup restored with the damaged file kept.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createJournal, expectEntryIntact, KDF_TIMEOUT, PASSPHRASE, saveScreenshot, sidebar, writeEntry } from './fixtures/journalSteps';
import { damageAfterAutomaticBackup } from './fixtures/damageSteps';
import { expect, test } from './fixtures/test';

test('explains a damaged journal and restores the newest automatic backup, keeping the damaged file aside', async ({ page, host }) => {
  await createJournal(page);
  await writeEntry(page, 'Worth keeping', 'Written before the damage.');
  const damaged = await damageAfterAutomaticBackup(page, host.dataDir);
  await expect(page.getByRole('alert')).toContainText('damaged');
  await expect(page.getByText('Newest automatic backup:')).toBeVisible();
  await saveScreenshot(page, 'damaged-journal');

  // Found after the unlock answered: the page asks for the passphrase again rather than keep it in memory.
  await page.getByLabel('Passphrase of that backup', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(sidebar(page).getByRole('button', { name: 'New entry' })).toBeVisible({ timeout: KDF_TIMEOUT });
  await expectEntryIntact(page, 'Worth keeping', 'Written before the damage.');
  const aside = readdirSync(host.dataDir).find((name) => name.startsWith('replaced-'))!;
  expect(readFileSync(path.join(host.dataDir, aside, 'journal.db')).equals(damaged)).toBe(true);
});
