// Follow-through end to end: a plan's two commitments appear in Commitments, are checked in on over simulated days
// (the host's test-only --clock-file), fill the weekly check-in, are revised and retired, and survive lock and unlock.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { holdAnswers } from './fixtures/heldAnswers';
import { createJournal, editorText, lockWithShortcut, saveScreenshot, sidebar, unlockWithPassphrase } from './fixtures/journalSteps';
import { answer, expectSaved, startFromTemplate } from './fixtures/templateSteps';
import { expect, test } from './fixtures/test';

const CLOCK_FILE = path.join(tmpdir(), `afterword-e2e-clock-${process.pid}`);
test.use({ hostArgs: ['--clock-file', CLOCK_FILE] });

const LATE = 'When I want to send a long message late at night, I will write it here instead and wait until morning.';
const ASSUME = 'When I notice I am assuming they will leave, I will name the feeling to myself before I reply.';

const setDay = (day: string) => writeFileSync(CLOCK_FILE, `${day}T20:00:00`);
const card = (page: Page, text: string | RegExp): Locator => page.getByRole('article', { name: text });

async function openCommitments(page: Page): Promise<void> {
  const done = page.getByRole('button', { name: 'Done' });
  if (await done.isVisible()) await done.click();
  await sidebar(page).getByRole('button', { name: 'Commitments' }).click();
  await expect(page.getByRole('heading', { name: 'Commitments', level: 2 })).toBeVisible();
}

type Label = 'Kept' | 'Partly' | 'Not this time';

/** One simulated evening: move the host's clock, reopen the view, tap an answer for each commitment named. */
async function checkInOn(page: Page, day: string, answers: Array<[text: string, label: Label]>): Promise<void> {
  setDay(day);
  await openCommitments(page);
  for (const [text, label] of answers) {
    const button = card(page, text).getByRole('button', { name: label, exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }
}

test('a plan’s commitments are checked in on over two weeks, fill the weekly check-in, are revised and retired, and survive a lock', async ({
  page,
}) => {
  test.setTimeout(180_000);
  setDay('2026-11-16');
  await createJournal(page);
  await startFromTemplate(page, 'What will be different');
  await answer(page, 'Your first if-then commitment', LATE);
  await answer(page, 'A second commitment, aimed at the obstacle', ASSUME);
  await expectSaved(page, 'What will be different', LATE);

  await openCommitments(page);
  await expect(page.getByRole('article')).toHaveCount(2);
  await expect(card(page, LATE)).toContainText('Every day');
  await saveScreenshot(page, 'commitments-new');

  await checkInOn(page, '2026-11-16', [
    [LATE, 'Kept'],
    [ASSUME, 'Kept'],
  ]);
  await checkInOn(page, '2026-11-17', [
    [LATE, 'Kept'],
    [ASSUME, 'Not this time'],
  ]);
  await checkInOn(page, '2026-11-19', [
    [LATE, 'Partly'],
    [ASSUME, 'Kept'],
  ]);
  await checkInOn(page, '2026-11-21', [[LATE, 'Kept']]);
  await checkInOn(page, '2026-11-23', [
    [LATE, 'Kept'],
    [ASSUME, 'Kept'],
  ]);
  await checkInOn(page, '2026-11-24', [
    [LATE, 'Kept'],
    [ASSUME, 'Partly'],
  ]);
  await checkInOn(page, '2026-11-26', [
    [LATE, 'Not this time'],
    [ASSUME, 'Kept'],
  ]);
  await card(page, ASSUME).getByRole('button', { name: 'Add a note' }).click();
  await card(page, ASSUME).getByLabel('A note for today (optional)').fill('Said I needed a day before answering.');
  await card(page, ASSUME).getByRole('button', { name: 'Save note' }).click();
  await expect(card(page, ASSUME).locator('td[data-day="2026-11-26"]')).toHaveAttribute(
    'title',
    'Thursday 26 November: kept: Said I needed a day before answering.',
  );
  await expect(card(page, ASSUME)).toContainText('Your note: “Said I needed a day before answering.”');
  await checkInOn(page, '2026-11-28', [[LATE, 'Kept']]);
  await checkInOn(page, '2026-11-29', [
    [LATE, 'Kept'],
    [ASSUME, 'Kept'],
  ]);

  // Monday 23 to Sunday 29: 7 kept, 1 partly, 1 not this time; unrecorded days are neither.
  await expect(page.getByText('You kept 7 of 9 check-ins this week, and partly kept 1.')).toBeVisible();
  await expect(card(page, LATE)).toContainText('80% kept over the last 7 due days; 78% kept over the last 30 due days');
  await expect(card(page, LATE)).toContainText('In the last 12 weeks: 7 kept, 1 partly, 1 not this time.');
  await expect(card(page, LATE).locator('td.heat-kept')).toHaveCount(7);
  await expect(card(page, LATE).locator('td[data-day="2026-11-27"]')).toHaveClass(/heat-open/);
  await page.getByText('You kept 7 of 9').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'commitments-heatmap');

  await page.getByRole('button', { name: 'Start the weekly check-in' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveAttribute('placeholder', 'Follow-through check-in');
  await expect(editorText(page)).toContainText('Your record from Monday 23 November to Sunday 29 November');
  await expect(editorText(page)).toContainText('You kept 7 of 9 check-ins these seven days, and partly kept 1.');
  await expect(editorText(page)).toContainText(LATE);
  await expect(editorText(page)).toContainText('Thursday 26 November: Kept — Said I needed a day before answering.');
  await saveScreenshot(page, 'commitments-weekly-check-in');

  await openCommitments(page);
  await card(page, LATE).getByRole('button', { name: 'Revise' }).click();
  await page
    .getByLabel('Your commitment')
    .first()
    .fill('When I want to message late at night, I will write here and decide in the morning.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const revised = card(page, /decide in the morning/);
  await expect(revised.getByText('Earlier wording')).toBeVisible();
  await revised.getByText('Earlier wording').click();
  await expect(revised).toContainText(LATE);
  await expect(revised).toContainText('80% kept over the last 7 due days');

  await card(page, ASSUME).getByRole('button', { name: 'Retire' }).click();
  await card(page, ASSUME).getByRole('button', { name: 'Retire it' }).click();
  await expect(page.getByRole('article')).toHaveCount(1);
  await page.getByText('Past commitments (1)').click();
  await expect(card(page, ASSUME)).toContainText('retired');
  await expect(card(page, ASSUME)).toContainText('In the last 12 weeks: 5 kept, 1 partly, 1 not this time.');
  await saveScreenshot(page, 'commitments-revised-retired');

  await lockWithShortcut(page);
  await unlockWithPassphrase(page);
  await openCommitments(page);
  await expect(page.getByText('You kept 7 of 9 check-ins this week, and partly kept 1.')).toBeVisible();
  await expect(card(page, /decide in the morning/)).toContainText('In the last 12 weeks: 7 kept, 1 partly, 1 not this time.');
  await page.getByText('Past commitments (1)').click();
  await expect(card(page, ASSUME)).toContainText('retired');
  await saveScreenshot(page, 'commitments-after-unlock');
});

test('a commitment added by hand, and a reminder that says only that it is time', async ({ page }) => {
  test.setTimeout(120_000);
  // 20:00 is the reminder's default time; the host looks at its clock every 30 seconds.
  setDay('2026-11-23');
  await createJournal(page);
  await openCommitments(page);
  await expect(page.getByText('No commitments yet.')).toBeVisible();
  await page.getByLabel('Your commitment').fill('When I feel like checking their profile, I will go for a walk first.');
  await page.getByLabel('Check in', { exact: true }).selectOption('weekly');
  await page.getByLabel('Which day').selectOption('on Sunday');
  await page.getByRole('button', { name: 'Add commitment' }).click();
  const walk = card(page, /go for a walk first/);
  await expect(walk).toContainText('Every Sunday');
  await expect(walk).toContainText('Today (not due, but you can still note it)');
  await expect(walk).toContainText('Nothing recorded over the last 7 due days');

  await expect(page.getByLabel('At', { exact: true })).toBeDisabled();
  await page.getByLabel('Remind me').check();
  await expect(page.getByLabel('At', { exact: true })).toHaveValue('20:00');
  await saveScreenshot(page, 'commitments-by-hand');
  await page.getByRole('button', { name: 'Done' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Time for your check-in' });
  await expect(notice).toBeVisible({ timeout: 45_000 });
  await expect(notice).not.toContainText('walk');
  await saveScreenshot(page, 'commitments-reminder');
  await notice.getByRole('button', { name: 'Open Commitments' }).click();
  await expect(walk).toBeVisible();
});

test('a check-in tapped while the view still shows yesterday waits for today, and is recorded on today', async ({ page }) => {
  test.setTimeout(120_000);
  setDay('2026-11-23');
  await createJournal(page);
  await openCommitments(page);
  await page.getByLabel('Your commitment').fill(LATE);
  await page.getByRole('button', { name: 'Add commitment' }).click();
  await expect(card(page, LATE)).toContainText('Every day');
  await page.getByRole('button', { name: 'Done' }).click();

  // Past midnight the view opens on its cached answer (yesterday's) while core is asked again: that answer is held back.
  setDay('2026-11-24');
  const list = await holdAnswers(page, 'commitments.list');
  await sidebar(page).getByRole('button', { name: 'Commitments' }).click();
  await list.held();
  const kept = card(page, LATE).getByRole('button', { name: 'Kept', exact: true });
  await expect(kept).toBeDisabled();
  list.release();
  await kept.click();
  await expect(kept).toHaveAttribute('aria-pressed', 'true');
  await list.stop();
  await expect(card(page, LATE).locator('td[data-day="2026-11-24"]')).toHaveClass(/heat-kept/);
  await expect(card(page, LATE).locator('td[data-day="2026-11-23"]')).not.toHaveClass(/heat-kept/);
});
