// Deleting is never final by accident: an entry moved to the Trash comes back whole.
import { expect, test } from './fixtures/test';
import { createJournal, editorText, entryList, entryRow, saveScreenshot, writeEntry } from './fixtures/journalSteps';

const entry = { title: 'A letter I will not send', body: 'I am sorry for the way I went quiet instead of saying what hurt.' };

test('moves an entry to the Trash and restores it', async ({ page }) => {
  await createJournal(page);
  await writeEntry(page, entry.title, entry.body);

  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(entryRow(page, entry.title)).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText(`“${entry.title}” moved to the Trash.`);

  await page.getByRole('tab', { name: 'Trash' }).click();
  const trash = page.getByRole('list', { name: 'Trash' });
  await expect(trash.getByRole('listitem').filter({ hasText: entry.title })).toBeVisible();
  await saveScreenshot(page, 'trash');
  await trash.getByRole('button', { name: `Restore ${entry.title}` }).click();
  await expect(trash).toHaveCount(0);

  await page.getByRole('tab', { name: 'Entries' }).click();
  await expect(entryRow(page, entry.title)).toContainText(entry.body.slice(0, 40));
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(entry.title);
  await expect(editorText(page)).toHaveText(entry.body);
  await expect(entryList(page).getByRole('listitem')).toHaveCount(1);
});
