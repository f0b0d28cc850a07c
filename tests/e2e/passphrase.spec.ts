// Settings → Security and the forgot-passphrase path: change the passphrase, replace the recovery code, recover, and wait out guessing.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import {
  createJournal,
  expectEntryIntact,
  KDF_TIMEOUT,
  lockWithShortcut,
  PASSPHRASE,
  saveScreenshot,
  sidebar,
  unlockWithPassphrase,
  writeEntry,
} from './fixtures/journalSteps';

const NEW_PASSPHRASE = 'salt wind over the old pier';

async function openSecurity(page: Page): Promise<void> {
  await sidebar(page).getByRole('button', { name: 'Security settings' }).click();
  await expect(page.getByRole('heading', { name: 'Security' })).toBeVisible();
}

async function tryUnlock(page: Page, label: 'Passphrase' | 'Recovery code', secret: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(secret);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

const recoveryCodeOn = async (page: Page, testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').trim();

test('changes the passphrase and replaces the recovery code from Settings; the old ones stop working', async ({ page }) => {
  const firstCode = await createJournal(page);
  await writeEntry(page, 'Still mine', 'A new lock on the same door.');
  await openSecurity(page);

  await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Passphrase changed.')).toBeVisible({ timeout: KDF_TIMEOUT });
  await saveScreenshot(page, 'security-settings');

  await page.getByLabel('Your passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Show a new recovery code' }).click();
  await expect(page.getByTestId('new-recovery-code')).toBeVisible({ timeout: KDF_TIMEOUT });
  expect(await recoveryCodeOn(page, 'new-recovery-code')).not.toBe(firstCode);
  await page.getByLabel('I have saved my recovery code somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(sidebar(page).getByRole('button', { name: 'New entry' })).toBeVisible();

  await lockWithShortcut(page);
  await tryUnlock(page, 'Passphrase', PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('passphrase is not right', { timeout: KDF_TIMEOUT });
  await page.getByRole('button', { name: 'Use recovery code' }).click();
  await tryUnlock(page, 'Recovery code', firstCode);
  await expect(page.getByRole('alert')).toContainText('recovery code is not right', { timeout: KDF_TIMEOUT });
  await page.getByRole('button', { name: 'Use passphrase' }).click();
  await unlockWithPassphrase(page, NEW_PASSPHRASE);
  await expectEntryIntact(page, 'Still mine', 'A new lock on the same door.');
});

test('forgot passphrase: the recovery code opens the journal, then a new passphrase and a new code replace both', async ({ page }) => {
  const oldCode = await createJournal(page);
  await lockWithShortcut(page);
  await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
  await expect(page.getByRole('heading', { name: 'Forgot your passphrase?' })).toBeVisible();
  await tryUnlock(page, 'Recovery code', oldCode.toLowerCase());

  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible({ timeout: KDF_TIMEOUT });
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Set new passphrase' }).click();
  await expect(page.getByTestId('recovery-code')).toBeVisible({ timeout: KDF_TIMEOUT });
  const newCode = await recoveryCodeOn(page, 'recovery-code');
  expect(newCode).not.toBe(oldCode);
  await page.getByLabel('I have saved my recovery code somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  // The journal screen replaces the recovery code's; a shortcut pressed before it is there has nothing to act on.
  await expect(sidebar(page).getByRole('button', { name: 'New entry' })).toBeVisible();

  await lockWithShortcut(page);
  await page.getByRole('button', { name: 'Use recovery code' }).click();
  await tryUnlock(page, 'Recovery code', oldCode);
  await expect(page.getByRole('alert')).toContainText('recovery code is not right', { timeout: KDF_TIMEOUT });
  await page.getByRole('button', { name: 'Use passphrase' }).click();
  await unlockWithPassphrase(page, NEW_PASSPHRASE);
});

test('after five wrong passphrases the unlock screen says how long to wait, and never locks the owner out', async ({ page }) => {
  await createJournal(page);
  await lockWithShortcut(page);
  for (let i = 1; i <= 5; i++) {
    await tryUnlock(page, 'Passphrase', `wrong guess number ${i}`);
    await expect(page.getByRole('alert')).toContainText('passphrase is not right', { timeout: KDF_TIMEOUT });
  }
  await expect(page.getByTestId('retry-wait')).toContainText(/You can try again in \d+ seconds?\./);
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  await saveScreenshot(page, 'unlock-wait');
  await expect(page.getByTestId('retry-wait')).toBeHidden({ timeout: 5_000 });
  await unlockWithPassphrase(page);
});

test('"someone else may know my old passphrase" re-encrypts the journal, and its new recovery code must be confirmed as saved before the journal opens again, even after a reload', async ({
  page,
}) => {
  await createJournal(page);
  await writeEntry(page, 'Behind a new lock', 'Nobody with the old passphrase reads this.');
  await openSecurity(page);
  await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill(NEW_PASSPHRASE);
  const option = page.getByLabel('Someone else may know my old passphrase: lock them out');
  await expect(option).not.toBeChecked();
  await option.check();
  await saveScreenshot(page, 'security-new-key-option');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByTestId('key-change-summary')).toContainText('now encrypted with a new key', { timeout: KDF_TIMEOUT * 4 });
  await expect(page.getByTestId('new-recovery-code')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your new recovery code' })).toBeVisible();
  await saveScreenshot(page, 'security-new-key-done');
  // Nothing else until it is confirmed: not the journal, not Settings' Done, not a reload (it could be left unsaved before).
  await expect(sidebar(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
  const shown = await recoveryCodeOn(page, 'new-recovery-code');
  await page.reload();
  await expect(page.getByTestId('recovery-code')).toBeVisible();
  expect(await recoveryCodeOn(page, 'recovery-code')).toBe(shown);
  await page.getByLabel('I have saved my recovery code somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(sidebar(page).getByRole('button', { name: 'New entry' })).toBeVisible();

  await lockWithShortcut(page);
  await tryUnlock(page, 'Passphrase', PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('passphrase is not right', { timeout: KDF_TIMEOUT });
  await tryUnlock(page, 'Passphrase', NEW_PASSPHRASE);
  await expectEntryIntact(page, 'Behind a new lock', 'Nobody with the old passphrase reads this.');
});
