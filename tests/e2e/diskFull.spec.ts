// A full disk while writing: the plain message, the text kept on screen, and the save landing by itself once space returns.
import { defaultMessages } from '../../electron/contract/errors';
import { createJournal, editorText, openEntry, writeEntry } from './fixtures/journalSteps';
import { expect, test } from './fixtures/test';

test('says the disk is full, keeps the text and saves it once there is space again', async ({ page }) => {
  await createJournal(page);
  await writeEntry(page, 'Late night', 'First lines.');

  // Core's own answer to SQLITE_FULL (proved against a real full filesystem in tests/unit/core/db/diskFull.test.ts).
  await page.route('**/api/entries.update', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'DISK_FULL', message: defaultMessages.DISK_FULL } }),
    }),
  );
  await editorText(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' More lines.');
  await expect(page.getByRole('alert')).toHaveText(
    /Not saved — your disk is full\. Your text is safe here; free some space and it will save\./,
  );
  await expect(editorText(page)).toHaveText('First lines. More lines.');

  await page.unroute('**/api/entries.update');
  await expect(page.getByTestId('save-state')).toHaveText('Saved', { timeout: 20_000 });
  await page.reload();
  await openEntry(page, 'Late night');
  await expect(editorText(page)).toHaveText('First lines. More lines.');
});
