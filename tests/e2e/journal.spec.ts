// The core promise: what you write is still there, word for word, after a reload and after locking and unlocking.
import { expect, test } from './fixtures/test';
import {
  entryList,
  entryRow,
  expectEntryIntact,
  createJournal,
  KDF_TIMEOUT,
  lockWithShortcut,
  saveScreenshot,
  unlockWithPassphrase,
  writeEntry,
} from './fixtures/journalSteps';

const first = {
  title: 'The night it ended',
  body: 'I kept replaying the conversation in the car. What I actually said was less kind than I remember.',
};
const second = { title: 'What I want next time', body: 'Say the hard thing early, calmly, and before it turns into a pattern.' };

test('creates a journal, writes two entries, and finds them intact after reload, lock and unlock', async ({ page }) => {
  await createJournal(page, undefined, true);
  await writeEntry(page, first.title, first.body);
  await writeEntry(page, second.title, second.body);
  await saveScreenshot(page, 'editor');

  // Newest first: the second entry sits above the first.
  await expect(entryList(page).getByRole('listitem').first()).toContainText(second.title);

  await page.reload();
  await expect(entryRow(page, first.title)).toBeVisible();
  await expect(entryRow(page, second.title)).toBeVisible();
  await expectEntryIntact(page, first.title, first.body);

  await lockWithShortcut(page);
  // Nothing about the journal's contents is visible while it is locked.
  await expect(page.getByText(first.title)).toHaveCount(0);
  await expect(page.getByText(second.title)).toHaveCount(0);
  await expect(page.getByText('Without your passphrase or recovery code, nobody — including us — can open this journal.')).toBeVisible();
  await saveScreenshot(page, 'unlock');

  await page.getByLabel('Passphrase', { exact: true }).fill('not my passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toContainText('That passphrase is not right', { timeout: KDF_TIMEOUT });
  await saveScreenshot(page, 'unlock-wrong-passphrase');

  await unlockWithPassphrase(page);
  await expectEntryIntact(page, first.title, first.body);
  await expectEntryIntact(page, second.title, second.body);
});
