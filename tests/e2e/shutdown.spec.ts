// Quitting never costs the last words: the host asks the page to save (vault.willLock) before it locks and exits.
import { expect, test } from './fixtures/test';
import { startHost } from './fixtures/host';
import { createJournal, editorText, openEntry, unlockWithPassphrase, writeEntry } from './fixtures/journalSteps';

test('keeps words typed a moment before the host shuts down', async ({ page, host }) => {
  await createJournal(page);
  await writeEntry(page, 'Last night', 'I almost wrote to them.');

  await editorText(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  // Keep typing through the shutdown, so the autosave pause never elapses on its own: only the host's
  // request to save (vault.willLock) can bring these words to disk before the journal locks.
  const typing = page.keyboard.type(` ${'x'.repeat(100)}`, { delay: 40 });
  await page.waitForTimeout(1_000);
  await host.shutdown();
  await typing;

  const reopened = await startHost(host.dataDir);
  try {
    await page.goto(reopened.url);
    await unlockWithPassphrase(page);
    await openEntry(page, 'Last night');
    await expect(editorText(page)).toHaveText(/^I almost wrote to them\. x+$/);
  } finally {
    await reopened.shutdown();
  }
});
