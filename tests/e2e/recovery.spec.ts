// A forgotten passphrase is not the end: the recovery code shown once at creation opens the journal.
import { expect, test } from './fixtures/test';
import { createJournal, expectEntryIntact, KDF_TIMEOUT, sidebar, writeEntry } from './fixtures/journalSteps';

test('unlocks with the recovery code', async ({ page }) => {
  const recoveryCode = await createJournal(page);
  expect(recoveryCode).toMatch(/^[0-9A-Z]{4}( [0-9A-Z]{4}){7}$/);
  await writeEntry(page, 'Before I forget', 'Some things are worth keeping even when the passphrase slips away.');

  await sidebar(page).getByRole('button', { name: /^Lock/ }).click();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();

  await page.getByRole('button', { name: 'Use recovery code' }).click();
  await page.getByLabel('Recovery code', { exact: true }).fill(recoveryCode);
  await page.getByRole('button', { name: 'Unlock' }).click();
  // The recovery code offers a new passphrase next (tests/e2e/passphrase.spec.ts takes that path); this one goes straight in.
  await page.getByRole('button', { name: 'Not now' }).click({ timeout: KDF_TIMEOUT });
  await expect(sidebar(page).getByRole('button', { name: 'New entry' })).toBeVisible();
  await expectEntryIntact(page, 'Before I forget', 'Some things are worth keeping even when the passphrase slips away.');
});
