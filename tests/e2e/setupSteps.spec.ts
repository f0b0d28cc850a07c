// Set-up and recovery cannot be skipped or silent: a reload keeps the pending step, weak passphrases are refused, Settings says what it did.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { createJournal, KDF_TIMEOUT, lockWithShortcut, PASSPHRASE, saveScreenshot, sidebar } from './fixtures/journalSteps';

const NEW_PASSPHRASE = 'salt wind over the old pier';
const codeOn = async (page: Page, testId = 'recovery-code') => ((await page.getByTestId(testId).textContent()) ?? '').trim();

async function fillCreate(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Type it again', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Create journal' }).click();
}

test('a reload on the recovery-code screen shows the same code again instead of opening the journal', async ({ page }) => {
  await fillCreate(page, PASSPHRASE);
  await expect(page.getByTestId('recovery-code')).toBeVisible({ timeout: KDF_TIMEOUT });
  const code = await codeOn(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your recovery code' })).toBeVisible();
  expect(await codeOn(page)).toBe(code);
  await expect(sidebar(page)).toHaveCount(0);
  await page.getByLabel('I have saved my recovery code somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(sidebar(page).getByRole('button', { name: 'New entry' })).toBeVisible();
  await page.reload();
  await expect(sidebar(page).getByRole('button', { name: 'New entry' })).toBeVisible();
});

test('a reload after unlocking with the recovery code still asks for a new passphrase', async ({ page }) => {
  const oldCode = await createJournal(page);
  await lockWithShortcut(page);
  await page.getByRole('button', { name: 'Use recovery code' }).click();
  await page.getByLabel('Recovery code', { exact: true }).fill(oldCode);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible({ timeout: KDF_TIMEOUT });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Choose a new passphrase' })).toBeVisible();
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Set new passphrase' }).click();
  await expect(page.getByTestId('recovery-code')).toBeVisible({ timeout: KDF_TIMEOUT });
  expect(await codeOn(page)).not.toBe(oldCode);
});

test('refuses "password" for a new journal with a plain reason, and warns about a fair passphrase', async ({ page }) => {
  await fillCreate(page, 'password');
  await expect(page.getByRole('alert')).toHaveText(
    'Your passphrase would be too easy to guess. This is a heavily used password. Add a few unrelated words.',
  );
  await expect(page.getByRole('heading', { name: 'Create your journal' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill('Tq9#vLp2');
  await expect(page.getByText(/^Fair, but someone determined could guess it/)).toBeVisible();
  await saveScreenshot(page, 'create-fair-passphrase');
});

test('changing the passphrase to the same one says so and changes nothing; the Settings recovery code has Copy and two rows of four', async ({
  page,
}) => {
  await createJournal(page);
  await sidebar(page).getByRole('button', { name: 'Security settings' }).click();
  await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the new passphrase again', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('alert')).toContainText('That is already your passphrase, so nothing was changed.', { timeout: KDF_TIMEOUT });
  await expect(page.getByText('Passphrase changed.')).toHaveCount(0);

  await page.getByLabel('Your passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Show a new recovery code' }).click();
  const code = page.getByTestId('new-recovery-code');
  await expect(code).toBeVisible({ timeout: KDF_TIMEOUT });
  await expect(page.getByRole('button', { name: 'Copy code' })).toBeVisible();
  const tops = await code
    .locator('.recovery-group')
    .evaluateAll((groups) => groups.map((group) => Math.round(group.getBoundingClientRect().top)));
  expect(new Set(tops.slice(0, 4)).size).toBe(1);
  expect(new Set(tops.slice(4)).size).toBe(1);
  expect(tops[4]).toBeGreaterThan(tops[0]!);
  await saveScreenshot(page, 'settings-recovery-code');
});
