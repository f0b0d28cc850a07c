// The Trash lets go: a trashed entry can be read before restoring, deleted forever one by one, or the whole Trash emptied, each after a warning.
import { createJournal, editorText, saveScreenshot, sidebar, writeEntry } from './fixtures/journalSteps';
import { expect, test } from './fixtures/test';

test('reads a trashed entry read-only, deletes it forever and empties the Trash, each after saying it cannot be undone', async ({
  page,
}) => {
  await createJournal(page);
  for (const title of ['Letter I will not send', 'Second', 'Third']) {
    await writeEntry(page, title, `The words of ${title}.`);
    await page.getByRole('button', { name: 'Move to Trash' }).click();
  }
  await page.getByRole('tab', { name: 'Trash' }).click();
  const trash = page.getByRole('list', { name: 'Trash' });
  await trash.getByRole('listitem').filter({ hasText: 'Letter I will not send' }).getByRole('button').first().click();
  const view = page.getByRole('article', { name: 'Entry in the Trash' });
  await expect(view.getByLabel('Entry text (read-only)')).toHaveText('The words of Letter I will not send.');
  await expect(view.getByLabel('Entry text (read-only)')).toHaveAttribute('contenteditable', 'false');
  await saveScreenshot(page, 'trash-entry-open');

  await view.getByRole('button', { name: 'Delete forever…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete forever?' });
  await expect(confirm).toContainText('It cannot be undone');
  await expect(confirm).toContainText('still hold it, encrypted');
  await confirm.getByRole('button', { name: 'Delete forever' }).click();
  await expect(page.getByText('“Letter I will not send” was deleted forever.')).toBeVisible();
  await expect(trash.getByRole('listitem')).toHaveCount(2);

  await sidebar(page).getByRole('button', { name: 'Empty Trash…' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete forever?' })).toContainText('the 2 entries in the Trash');
  await page.getByRole('dialog', { name: 'Delete forever?' }).getByRole('button', { name: 'Empty Trash' }).click();
  await expect(page.getByText('Deleted 2 entries forever.')).toBeVisible();
  await expect(sidebar(page).getByText('The Trash is empty.')).toBeVisible();
  await expect(editorText(page)).toHaveCount(0);
});
