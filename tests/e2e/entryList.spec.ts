// The entry list of a long journal: one continuous virtualized list under month headings, scrolled with the keyboard alone,
// "Go to date", filters by mood, date and favourite (each named and removable), and a star on each row.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createJournal, entryList, entryRow, saveScreenshot, sidebar } from './fixtures/journalSteps';
import { expect, test } from './fixtures/test';

const COUNT = 2000;
const NEWEST = Date.UTC(2026, 10, 28);
const dayOf = (n: number) => new Date(NEWEST - (COUNT - n) * 86_400_000).toISOString().slice(0, 10);

/** A JSON export of `COUNT` entries, one a day back from the newest ("Day 2000") to the oldest ("Day 1"). */
function longJournalFile(): string {
  const entries = Array.from({ length: COUNT }, (_, i) => {
    const n = i + 1;
    const at = `${dayOf(n)}T20:00:00.000Z`;
    return {
      id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      entryDate: dayOf(n),
      createdAt: at,
      updatedAt: at,
      title: `Day ${n}`,
      mood: (n % 5) + 1,
      templateId: null,
      templateVersion: null,
      favorite: false,
      version: 1,
      tags: n % 10 === 0 ? ['walks'] : [],
      extra: {},
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Written on day ${n} of the long year.` }] }] },
    };
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'afterword-e2e-long-')), 'journal.json');
  writeFileSync(file, JSON.stringify({ format: 'afterword-journal', version: 1, exportedAt: '2026-11-29T10:00:00.000Z', entries }));
  return file;
}

async function importLongJournal(page: Page): Promise<void> {
  await createJournal(page);
  await sidebar(page).getByRole('button', { name: 'Export or import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('JSON file to import').setInputFiles(longJournalFile());
  await expect(dialog.getByText(`Imported ${COUNT} entries.`)).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
}

/** The title of the row holding focus (null when focus is elsewhere). */
const focusedTitle = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-entry-id]')?.querySelector('.row-title')?.textContent ?? null);

test('a 2,000-entry list scrolls to its oldest entry with the keyboard alone, drawing only what is on screen', async ({ page }) => {
  test.setTimeout(180_000);
  await importLongJournal(page);
  await expect(entryRow(page, 'Day 2000')).toBeVisible();
  const listRequests: string[] = [];
  page.on('request', (request) => request.url().endsWith('/api/entries.list') && listRequests.push(request.url()));

  // Tab from the top of the page until a row has focus: the list is one Tab stop.
  for (let tabs = 0; tabs < 30 && (await focusedTitle(page)) === null; tabs++) await page.keyboard.press('Tab');
  expect(await focusedTitle(page)).toBe('Day 2000');
  await page.keyboard.press('ArrowDown');
  expect(await focusedTitle(page)).toBe('Day 1999');
  await page.keyboard.press('PageDown');
  const afterPage = Number((await focusedTitle(page))?.replace('Day ', ''));
  expect(afterPage).toBeLessThan(1999 - 2);

  // End jumps to the last loaded row; reaching it loads the next page; End again goes further, down to the oldest entry.
  const list = entryList(page);
  const started = Date.now();
  while ((await focusedTitle(page)) !== 'Day 1' && Date.now() - started < 120_000) {
    await page.keyboard.press('End');
    await expect(list).not.toHaveAttribute('aria-busy', 'true');
  }
  expect(await focusedTitle(page)).toBe('Day 1');
  await expect(page.getByText('Loading older entries…')).toHaveCount(0);
  // Every page was asked for once (100 rows a page), and only a screenful of rows is in the page.
  expect(listRequests.length).toBe(COUNT / 100 - 1);
  expect(await list.getByRole('listitem').count()).toBeLessThan(40);
  await saveScreenshot(page, 'list-oldest-entry');

  await page.keyboard.press('Home');
  await expect.poll(() => focusedTitle(page)).toBe('Day 2000');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Day 2000');
});

test('"Go to date" jumps to the entry of that day, or the nearest before it, and back to the newest', async ({ page }) => {
  test.setTimeout(120_000);
  await importLongJournal(page);
  const goTo = page.getByLabel('Go to date');
  await goTo.fill(dayOf(700));
  await goTo.press('Enter');
  await expect.poll(() => focusedTitle(page)).toBe('Day 700');
  const first = entryList(page).getByRole('listitem').first();
  await expect(first).toContainText('Day 700');
  // The list now starts at that day, under its month's heading.
  await expect(first.getByRole('heading')).toHaveText(
    new Date(`${dayOf(700)}T00:00:00Z`).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  await saveScreenshot(page, 'list-go-to-date');

  await page.keyboard.press('ArrowDown');
  expect(await focusedTitle(page)).toBe('Day 699');
  await goTo.fill('1990-01-01');
  await goTo.press('Enter');
  await expect(sidebar(page).getByText('Nothing written on or before')).toBeVisible();
  await page.getByRole('button', { name: 'Newest' }).click();
  await expect(entryList(page).getByRole('listitem').first()).toContainText('Day 2000');
});

test('filters by closing mood, date range and favourite, named and removable; a row’s star marks a favourite without opening it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await importLongJournal(page);
  const rows = entryList(page).getByRole('listitem');
  await page.getByText('Filter', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Very low' }).check();
  await page.getByLabel('From', { exact: true }).fill(dayOf(1931));
  await page.getByLabel('To', { exact: true }).fill(dayOf(1950));
  // Days 1931–1950 whose mood is 1 (Very low): n % 5 === 0.
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText('Day 1950');
  const active = page.getByRole('group', { name: 'Active filters' });
  await expect(active).toContainText('Mood: Very low');
  await expect(active).toContainText('From');

  const row = entryRow(page, 'Day 1945');
  await row.getByRole('button', { name: 'Favourite' }).click();
  await expect(row.getByRole('button', { name: 'Favourite' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Title', { exact: true })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Favourites only' }).check();
  await expect(rows).toHaveCount(1);
  await saveScreenshot(page, 'list-filters');

  await active.getByRole('button', { name: 'Remove filter Mood: Very low' }).click();
  await expect(active).not.toContainText('Mood');
  await expect(rows).toHaveCount(1);
  await active.getByRole('button', { name: 'Clear all' }).click();
  await expect(active).toHaveCount(0);
  await expect(rows.first()).toContainText('Day 2000');
});
