// Auto-lock: left alone, the journal locks itself and the page forgets everything it showed.
// The host runs with the test-only --auto-lock-seconds flag (docs/SECURITY.md), standing in for the 1-minute setting.
import { expect, test } from './fixtures/test';
import { createJournal, entryRow, expectEntryIntact, unlockWithPassphrase, writeEntry } from './fixtures/journalSteps';

const IDLE_SECONDS = 8;
test.use({ hostArgs: ['--auto-lock-seconds', String(IDLE_SECONDS)] });

test('locks after the idle interval, and the page holds no entry text, title, date or count afterwards', async ({ page }) => {
  await createJournal(page);
  const title = 'Tuesday, the long walk';
  const body = 'I finally said the thing I had been holding in for months.';
  await writeEntry(page, title, body);
  await expect(entryRow(page, title)).toBeVisible();
  const dateShown = (await entryRow(page, title).locator('.row-date').textContent())?.trim();

  // No input from here on: the host asks the page to save, then locks.
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible({ timeout: (IDLE_SECONDS + 15) * 1000 });
  await expect(page.getByText('Locked after a while without activity.')).toBeVisible();

  const html = await page.content();
  for (const secret of [title, body, 'long walk', 'holding in']) expect(html).not.toContain(secret);
  if (dateShown) expect(html).not.toContain(dateShown);
  expect(await page.locator('.entry-row, .entry-list, .ProseMirror').count()).toBe(0);
  expect(await page.locator('body').innerText()).not.toMatch(/\b1 entr|entries\b/i);

  await unlockWithPassphrase(page);
  await expectEntryIntact(page, title, body);
});
