// No mouse at all: create a journal, write from a template, export a PDF, lock and unlock with page.keyboard alone, reading
// the accessibility tree (landmarks, the save state as a status live region) on the way.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { PDF_TIMEOUT } from './fixtures/exportSteps';
import { editorText, KDF_TIMEOUT, PASSPHRASE, saveScreenshot } from './fixtures/journalSteps';
import { expect, test } from './fixtures/test';

/** Presses Tab until the target has focus, as a keyboard user would; fails if it is not reachable within `most` presses. */
async function tabTo(page: Page, target: Locator, most = 40): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Focus is never dropped on <body> after a screen changes: a screen-reader user would be lost at the top of the page. */
async function expectFocusKept(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement !== null && document.activeElement !== document.body)).toBe(true);
}

async function createJournalByKeyboard(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Create your journal' })).toBeVisible();
  await tabTo(page, page.getByLabel('Passphrase', { exact: true }));
  await page.keyboard.type(PASSPHRASE);
  await tabTo(page, page.getByLabel('Type it again', { exact: true }));
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('recovery-code')).toBeVisible({ timeout: KDF_TIMEOUT });
  await tabTo(page, page.getByLabel('I have saved my recovery code somewhere safe'));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary')).toBeVisible();
}

test('creates, writes from a template, exports a PDF, locks and unlocks with the keyboard alone', async ({ page }) => {
  test.setTimeout(240_000);
  await createJournalByKeyboard(page);

  // The journal's landmarks, as a screen reader lists them, and a skip link past the sidebar.
  await expect(page.getByRole('complementary')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('complementary').getByRole('navigation', { name: 'Journal tools' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip to the page' })).toHaveAttribute('href', '#main-pane');
  await expectFocusKept(page);

  await page.keyboard.press('ControlOrMeta+Shift+N');
  const picker = page.getByRole('dialog', { name: 'Begin a new entry' });
  await expect(picker).toBeVisible();
  await tabTo(page, picker.getByRole('button', { name: 'Breakup post-mortem', exact: true }));
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(page.getByLabel('Title', { exact: true })).toHaveAttribute('placeholder', 'Breakup post-mortem');
  // The picker hands focus to the writing, so the next keys land in the entry.
  await expect(editorText(page)).toBeFocused();
  const answer = 'We stopped talking about the things that mattered.';
  await page.keyboard.type(answer);
  const saveState = page.getByRole('status').filter({ hasText: /^Saved$/ });
  await expect(saveState).toBeVisible();
  await expect(saveState).toHaveAttribute('aria-live', 'polite');
  await expect(editorText(page)).toContainText(answer);
  await saveScreenshot(page, 'keyboard-only-written');

  await page.keyboard.press('ControlOrMeta+E');
  const exportDialog = page.getByRole('dialog', { name: 'Export' });
  await expect(exportDialog).toBeVisible();
  await expectFocusKept(page);
  await tabTo(page, exportDialog.getByRole('button', { name: 'Export', exact: true }));
  const download = page.waitForEvent('download', { timeout: PDF_TIMEOUT });
  await page.keyboard.press('Enter');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'afterword-e2e-keyboard-')), 'entry.pdf');
  await (await download).saveAs(file);
  await expect(exportDialog.getByRole('status')).toContainText('Exported');
  expect(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).toContain(answer);
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();
  await expectFocusKept(page);

  await page.keyboard.press('ControlOrMeta+L');
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  // Unlock starts where the passphrase goes: no Tab needed.
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.keyboard.type('not the passphrase');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible({ timeout: KDF_TIMEOUT });
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary')).toBeVisible({ timeout: KDF_TIMEOUT });
  await expectFocusKept(page);
  await expect(page.getByRole('list', { name: 'Entries' })).toContainText('Breakup post-mortem');
  await saveScreenshot(page, 'keyboard-only-unlocked');
});

test('the entry list is one Tab stop moved with the arrows, and trashing keeps focus on the page', async ({ page }) => {
  test.setTimeout(120_000);
  await createJournalByKeyboard(page);
  for (const title of ['Older', 'Newer']) {
    await page.keyboard.press('ControlOrMeta+N');
    await tabTo(page, page.getByRole('dialog', { name: 'Begin a new entry' }).getByRole('button', { name: 'Blank entry' }));
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Title', { exact: true })).toBeFocused();
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await page.keyboard.type(`${title} words.`);
    await expect(page.getByRole('list', { name: 'Entries' })).toContainText(`${title} words.`);
  }
  // The rows themselves (each row's star is a second button, outside the Tab order).
  const rows = page.getByRole('list', { name: 'Entries' }).getByRole('button', { name: /words\./ });
  await expect(rows).toHaveCount(2);
  // One row takes Tab (the open one); the other is reached with the arrows only.
  await expect(rows.filter({ hasText: 'Newer' })).toHaveAttribute('tabindex', '0');
  await expect(rows.filter({ hasText: 'Older' })).toHaveAttribute('tabindex', '-1');
  await tabTo(page, rows.filter({ hasText: 'Newer' }));
  await page.keyboard.press('ArrowDown');
  await expect(rows.filter({ hasText: 'Older' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Older');

  await tabTo(page, page.getByRole('button', { name: 'Move to Trash' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'moved to the Trash' })).toBeVisible();
  await expectFocusKept(page);
  await expect(rows).toHaveCount(1);
});
