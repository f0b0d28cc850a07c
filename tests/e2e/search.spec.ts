// Finding what you wrote: search as you type, open at the match; tags, filters, rename and merge; favourites.
import { expect, test } from './fixtures/test';
import { createJournal, editorText, entryList, entryRow, openEntry, saveScreenshot, sidebar, writeEntry } from './fixtures/journalSteps';
import type { Page } from '@playwright/test';

const filler = 'An ordinary day, nothing much to say.';

async function addTag(page: Page, name: string, key: 'Enter' | ',') {
  await page.getByLabel('Add a tag').fill(name);
  await page.getByLabel('Add a tag').press(key);
  await expect(page.getByRole('list', { name: 'Tags of this entry' })).toContainText(new RegExp(name, 'i'));
}

test('searches as you type and opens the entry at the match, marked until the next edit', async ({ page }) => {
  await createJournal(page);
  await writeEntry(page, 'Tuesday', `${filler} We talked in the kitchen until the rain stopped.`);
  await writeEntry(page, 'Wednesday', 'A walk to the café, alone.');
  await writeEntry(page, 'Thursday', 'Nothing about rooms today.');

  await editorText(page).blur();
  await page.keyboard.press('/');
  const search = page.getByLabel('Search your journal');
  await expect(search).toBeFocused();
  await search.pressSequentially('kitch');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText('kitchen');
  await expect(results).toContainText('Tuesday');
  await saveScreenshot(page, 'search-results');

  await search.fill('cafe');
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText('café');

  await search.fill('kitchen rain');
  await expect(results.locator('mark')).toHaveText(['kitchen', 'rain']);
  await search.press('Enter');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Tuesday');
  const marks = editorText(page).locator('.search-match');
  await expect(marks).toHaveText(['kitchen', 'rain']);
  await expect(marks.first()).toBeInViewport();
  await saveScreenshot(page, 'search-opened-at-match');

  await editorText(page).press('End');
  await page.keyboard.type(' More.');
  await expect(marks).toHaveCount(0);

  await page.keyboard.press('Control+K');
  await expect(search).toBeFocused();
  await search.press('Escape');
  await expect(page.getByRole('button', { name: /Search…/ })).toBeFocused();
});

test('tags entries, filters by tag, renames and merges tags, stars and filters favourites', async ({ page }) => {
  test.setTimeout(240_000);
  await createJournal(page);
  await writeEntry(page, 'First walk', 'Out along the river before work.');
  await addTag(page, 'walks', 'Enter');
  await addTag(page, 'grief', ',');
  await writeEntry(page, 'Bad night', 'Could not sleep again.');
  await addTag(page, 'Grief', 'Enter');
  // The existing spelling is kept: Grief and grief are one tag.
  await expect(page.getByRole('list', { name: 'Tags of this entry' })).toHaveText(/grief/);
  await writeEntry(page, 'Plain day', 'Nothing to tag.');

  await sidebar(page).getByText('Filter').click();
  const tags = page.getByRole('list', { name: 'All tags' });
  await expect(tags.getByRole('button', { name: /^grief/ })).toContainText('2');
  await tags.getByRole('button', { name: /^grief/ }).click();
  await expect(entryList(page).getByRole('listitem')).toHaveCount(2);
  await expect(entryRow(page, 'Plain day')).toHaveCount(0);
  await saveScreenshot(page, 'tags-filtered');

  await tags.getByRole('button', { name: 'Rename tag walks' }).click();
  await tags.getByLabel('New name for walks').fill('Grief');
  await tags.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(tags.getByRole('button', { name: /^walks/ })).toHaveCount(0);
  await expect(tags.getByRole('button', { name: /^Grief/ })).toContainText('2');
  await saveScreenshot(page, 'tags-merged');
  // The filter was on that tag; clicking it again shows everything.
  await tags.getByRole('button', { name: /^Grief/ }).click();
  await expect(entryList(page).getByRole('listitem')).toHaveCount(3);

  await openEntry(page, 'Bad night');
  await page.getByRole('button', { name: 'Add to favourites' }).click();
  await expect(page.getByRole('button', { name: 'Remove from favourites' })).toHaveAttribute('aria-pressed', 'true');
  await expect(entryRow(page, 'Bad night').getByLabel('Favourite')).toBeVisible();
  await page.getByLabel('Favourites only').check();
  await expect(entryList(page).getByRole('listitem')).toHaveCount(1);
  await expect(entryRow(page, 'Bad night')).toBeVisible();
  await saveScreenshot(page, 'favourites-filtered');

  await page.keyboard.press('Control+K');
  await page.getByLabel('Search your journal').fill('is:favorite');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(1);
});
