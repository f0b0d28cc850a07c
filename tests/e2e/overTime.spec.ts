// Your journal over time, end to end: 60 days of entries; the calendar filters the list (by mouse and by keyboard) and starts an
// entry on a past day; the mood chart and the before/after view say in words what they draw; On this day stays off and silent
// until the writer turns it on in Settings, and even then shows nothing after unlock without a click.
import type { Page } from '@playwright/test';
import {
  createJournal,
  editorText,
  entryList,
  lockWithShortcut,
  saveScreenshot,
  sidebar,
  unlockWithPassphrase,
} from './fixtures/journalSteps';
import { expectNoSeriousViolations } from './fixtures/axe';
import { expect, test } from './fixtures/test';

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
const daysAgo = (n: number) => {
  const date = new Date();
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() - n);
  return dayOf(date);
};
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** As the calendar and its chosen-day line write a day: "Thursday 26 November 2026". */
const longName = (day: string) => {
  const date = new Date(`${day}T12:00:00`);
  return `${weekdays[date.getDay()]} ${date.getDate()} ${months[date.getMonth()]} ${date.getFullYear()}`;
};

/** 60 days, one entry a day with a closing mood that rises from low to good; every sixth day a post-mortem, 2 before and 3 after. */
async function seedSixtyDays(page: Page, url: string, token: string): Promise<void> {
  const api = (method: string, data: object) =>
    page.request.post(`${url.split('#')[0]}api/${method}`, { headers: { authorization: `Bearer ${token}` }, data });
  for (let n = 60; n >= 1; n -= 1) {
    const entryDate = daysAgo(n);
    const mood = n > 40 ? 2 : n > 20 ? 3 : 4;
    const guided = n % 6 === 0;
    const input = guided
      ? { entryDate, templateId: 'post-mortem', title: `Post-mortem ${entryDate}`, moodBefore: 2, mood: 3 }
      : {
          entryDate,
          title: `Day ${entryDate}`,
          mood,
          doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Written on ${entryDate}.` }] }] },
        };
    expect((await api('entries.create', input)).ok()).toBe(true);
  }
  // The same date a year ago, for On this day.
  expect((await api('entries.create', { entryDate: daysAgo(365), title: 'A year ago today' })).ok()).toBe(true);
}

test('the calendar filters the list, the charts speak in words, and On this day waits to be asked', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await createJournal(page);
  await seedSixtyDays(page, host.url, host.token);
  const onThisDayCalls: string[] = [];
  page.on('request', (request) => request.url().endsWith('/api/entries.onThisDay') && onThisDayCalls.push(request.url()));
  await page.reload();
  // The list is virtualized (only rows on screen are drawn): many rows, not one day's.
  await expect(entryList(page).getByRole('listitem').nth(5)).toBeVisible();

  // The calendar: a day clicked filters the list to it.
  await sidebar(page).getByText('Calendar', { exact: true }).click();
  const grid = page.getByRole('grid');
  const threeAgo = daysAgo(3);
  const threeAgoButton = grid.getByRole('button', { name: new RegExp(`^${longName(threeAgo)}.*1 entry`) });
  if ((await threeAgoButton.count()) === 0) await page.getByRole('button', { name: 'Previous month' }).click();
  await threeAgoButton.click();
  await expect(entryList(page).getByRole('listitem')).toHaveCount(1);
  await expect(entryList(page)).toContainText(`Day ${threeAgo}`);
  await expect(page.getByText(`Showing ${longName(threeAgo)}`)).toBeVisible();
  await saveScreenshot(page, 'over-time-calendar-light');
  await expectNoSeriousViolations(page, 'calendar with a chosen day (light)');

  // By keyboard: the focused day moves with the arrows, Enter picks it.
  await threeAgoButton.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  const fourAgo = daysAgo(4);
  await expect(page.getByText(`Showing ${longName(fourAgo)}`)).toBeVisible();
  await expect(entryList(page).getByRole('listitem')).toHaveCount(1);

  // A new entry on that past day.
  await page.getByRole('button', { name: 'New entry on this day' }).click();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue(fourAgo);
  await editorText(page).click();
  await page.keyboard.type('Remembered something from that day.');
  await expect(entryList(page).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Show all days' }).click();

  // The mood chart and before/after, each with plain words.
  await sidebar(page).getByRole('button', { name: 'Your journal over time' }).click();
  await expect(page.getByRole('heading', { name: 'Your journal over time', level: 2 })).toBeVisible();
  await expect(page.locator('[data-chart="mood"] canvas')).toBeVisible();
  await expect(page.getByText(/^Across \d+ weeks with a mood noted \(60 in all\), your closing mood averaged/)).toBeVisible();
  await expect(page.getByText(/weeks had a guided entry\./)).toBeVisible();
  await expect(page.locator('[data-chart="before-after"] canvas')).toBeVisible();
  await expect(
    page.getByText('After a Breakup post-mortem your mood moved by +1.0 on average, over 10 entries (from 2.0 to 3.0).'),
  ).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'entries' })).toBeVisible();
  await expect(page.getByText('On this day is off.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show what I wrote on this day' })).toHaveCount(0);
  await saveScreenshot(page, 'over-time-light');
  await expectNoSeriousViolations(page, 'over time with 60 days (light)');
  await page.getByRole('heading', { name: 'Before and after guided entries' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'over-time-before-after-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('[data-chart="mood"] canvas')).toBeVisible();
  await saveScreenshot(page, 'over-time-before-after-dark');
  await expectNoSeriousViolations(page, 'over time with 60 days (dark)');
  await page.getByRole('heading', { name: 'Your journal over time' }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'over-time-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Settings explain On this day before it is on; turned on, it can leave out the post-mortem.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const explained = page.getByText('On this day shows what you wrote on the same date in earlier months and years.', { exact: false });
  await expect(explained).toBeVisible();
  const toggle = page.getByRole('checkbox', { name: 'Show On this day' });
  await expect(toggle).not.toBeChecked();
  await toggle.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'over-time-settings-off');
  await toggle.check();
  await page.getByRole('group', { name: 'Leave out entries written from' }).getByRole('checkbox', { name: 'Breakup post-mortem' }).check();
  await expect(page.getByRole('checkbox', { name: 'Breakup post-mortem' })).toBeChecked();
  await saveScreenshot(page, 'over-time-settings-on');
  expect(onThisDayCalls).toEqual([]);

  // Shown only on a click, and never straight after unlock.
  await lockWithShortcut(page);
  await unlockWithPassphrase(page);
  await sidebar(page).getByRole('button', { name: 'Your journal over time' }).click();
  await expect(page.getByRole('button', { name: 'Show what I wrote on this day' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Entries from this day' })).toHaveCount(0);
  expect(onThisDayCalls).toEqual([]);
  await page.getByRole('button', { name: 'Show what I wrote on this day' }).click();
  const found = page.getByRole('list', { name: 'Entries from this day' });
  await expect(found).toContainText('A year ago today');
  await expect(found).not.toContainText('Post-mortem');
  expect(onThisDayCalls).toHaveLength(1);
  await saveScreenshot(page, 'over-time-on-this-day-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await saveScreenshot(page, 'over-time-on-this-day-dark');
});
