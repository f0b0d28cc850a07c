// Switching entries is lossless, whatever the timing: a change made while the next entry is still on its way is kept.
import { holdAnswers } from './fixtures/heldAnswers';
import { createJournal, entryRow, openEntry, writeEntry } from './fixtures/journalSteps';
import { answer, chooseMood, expectSaved, startFromTemplate } from './fixtures/templateSteps';
import { expect, test } from './fixtures/test';

const TODAY = 'What happened today that you want to remember';

test('a mood chosen while another entry is opening is saved, not dropped (host answer held back on purpose)', async ({ page }) => {
  await createJournal(page);
  await writeEntry(page, 'Elsewhere', 'Another page.');
  await startFromTemplate(page, 'Daily check-in');
  await page.getByLabel('Title', { exact: true }).fill('Check-in');
  await answer(page, TODAY, 'A quiet day.');
  await expectSaved(page, 'Check-in', 'A quiet day.');

  // Core's answer for the next entry is fetched, then handed over only once the writer has changed the one still on screen.
  const next = await holdAnswers(page, 'entries.get');
  await entryRow(page, 'Elsewhere').getByRole('button').first().click();
  await next.held();
  // The opening mood is saved after the autosave's pause, and the switch comes well inside it.
  await chooseMood(page, 'Before you begin: how are you feeling?', '4 Good');
  next.release();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Elsewhere');
  await next.stop();

  await openEntry(page, 'Check-in');
  await expect(
    page.getByRole('group', { name: 'Before you begin: how are you feeling?' }).getByRole('button', { name: '4 Good' }),
  ).toHaveAttribute('aria-pressed', 'true');
});
