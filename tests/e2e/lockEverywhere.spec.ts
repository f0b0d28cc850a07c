// Locking is for the whole journal: a second open window forgets what it showed as soon as the first one locks.
import { expect, test } from './fixtures/test';
import { createJournal, entryRow, lockWithShortcut, writeEntry } from './fixtures/journalSteps';

test('locks every open window when one of them locks', async ({ page, host }) => {
  await createJournal(page);
  await writeEntry(page, 'Only for me', 'Nobody else needs to read this page.');

  const other = await page.context().newPage();
  await other.goto(host.url);
  await expect(entryRow(other, 'Only for me')).toBeVisible();

  await lockWithShortcut(page);
  // The host's vault.locked event reaches the other window, which drops the entry list.
  await expect(other.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expect(other.getByText('Only for me')).toHaveCount(0);
});
