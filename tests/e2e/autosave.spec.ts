// Autosave never waits on the writer: words typed a moment before switching, locking or reloading are all kept.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import {
  createJournal,
  editorText,
  entryRow,
  expectEntryIntact,
  lockWithShortcut,
  openEntry,
  unlockWithPassphrase,
  writeEntry,
} from './fixtures/journalSteps';

const a = { title: 'Monday', body: 'First thoughts.' };
const b = { title: 'Tuesday', body: 'Second thoughts.' };

/** Types at the end of the open entry and acts at once, before the autosave pause could elapse. */
async function appendThen(page: Page, words: string, act: () => Promise<unknown>) {
  await editorText(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(words);
  await act();
}

test('keeps words typed just before switching entries, locking or reloading', async ({ page }) => {
  await createJournal(page);
  await writeEntry(page, a.title, a.body);
  await writeEntry(page, b.title, b.body);

  await appendThen(page, ' Switched away.', () => entryRow(page, a.title).getByRole('button').first().click());
  await expectEntryIntact(page, b.title, `${b.body} Switched away.`);

  await appendThen(page, ' Then locked.', () => lockWithShortcut(page));
  await unlockWithPassphrase(page);
  await expectEntryIntact(page, b.title, `${b.body} Switched away. Then locked.`);

  await appendThen(page, ' Then reloaded.', () => page.reload());
  await openEntry(page, b.title);
  await expect(editorText(page)).toHaveText(`${b.body} Switched away. Then locked. Then reloaded.`);
});
