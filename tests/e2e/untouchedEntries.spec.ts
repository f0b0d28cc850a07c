// Entries that were never written in do not pile up: leaving one discards it; anything written (a word, a title, a mood) keeps it.
import { createJournal, entryList, lockWithShortcut, sidebar, unlockWithPassphrase } from './fixtures/journalSteps';
import { chooseMood, openPicker } from './fixtures/templateSteps';
import { expect, test } from './fixtures/test';

test('an entry left without a word, a title or a mood is discarded instead of staying as "Nothing written yet"', async ({ page }) => {
  await createJournal(page);
  const rows = entryList(page).getByRole('listitem');

  await (await openPicker(page)).getByRole('button', { name: 'Blank entry' }).click();
  await expect(rows).toHaveCount(1);
  await (await openPicker(page)).getByRole('button', { name: 'Daily check-in', exact: true }).click();
  // The blank one was left untouched: gone. The check-in is open, so it stays for now.
  await expect(rows).toHaveCount(1);
  await chooseMood(page, 'Before you begin: how are you feeling?', '3 Okay');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');

  await (await openPicker(page)).getByRole('button', { name: 'Blank entry' }).click();
  await expect(rows).toHaveCount(2);
  await lockWithShortcut(page);
  await unlockWithPassphrase(page);
  // Locking left the blank entry: only the check-in with its mood remains.
  await expect(rows).toHaveCount(1);
  await expect(sidebar(page).getByText('Nothing written yet')).toHaveCount(1);
});
