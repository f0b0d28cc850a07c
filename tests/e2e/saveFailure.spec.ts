// When a save cannot reach the journal, the text stays on screen, the writer is told, and it saves once the way is clear.
import { expect, test } from './fixtures/test';
import { createJournal, editorText, openEntry, saveScreenshot, writeEntry } from './fixtures/journalSteps';

test('keeps typed text through a failed save and saves it when the host answers again', async ({ page }) => {
  await createJournal(page);
  await writeEntry(page, 'Unsent', 'Draft one.');

  // Cut the line to the host for saves only: the request never arrives, as if the host had stopped.
  await page.route('**/api/entries.update', (route) => route.abort('connectionrefused'));
  await editorText(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Draft two.');
  const failure = page.getByRole('alert');
  await expect(failure).toContainText('not answering');
  await expect(editorText(page)).toHaveText('Draft one. Draft two.');

  await expect(failure.getByRole('button', { name: 'Try again' })).toBeVisible();
  await saveScreenshot(page, 'editor-save-failed');

  // No click needed: the saver retries by itself with a growing pause.
  await page.unroute('**/api/entries.update');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await page.reload();
  await openEntry(page, 'Unsent');
  await expect(editorText(page)).toHaveText('Draft one. Draft two.');
});
