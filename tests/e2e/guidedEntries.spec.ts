// Guided entries in the list: the title is the writer's, the template a small label, the first answer the preview, and a
// partly answered entry says "Unfinished · 3 of 9" quietly, so it can be picked up later.
import { createJournal, entryList, entryRow, saveScreenshot } from './fixtures/journalSteps';
import { answer, startFromTemplate } from './fixtures/templateSteps';
import { expect, test } from './fixtures/test';

const POST_MORTEM = 'Breakup post-mortem';

test('a template entry is not titled with the template: a label, the first answer as preview and "3 of 9" tell the rows apart', async ({
  page,
}) => {
  await createJournal(page);
  await startFromTemplate(page, POST_MORTEM);
  const title = page.getByLabel('Title', { exact: true });
  await expect(title).toHaveValue('');
  await expect(page.locator('.editor-header .entry-template')).toHaveText(POST_MORTEM);
  await expect(page.getByTestId('prompt-progress')).toHaveText('0 of 9 answered ·');

  await answer(page, 'What happened? Write it as plain facts', 'We split up in the kitchen, after a week of barely talking.');
  await answer(page, 'What was your part?', 'I went quiet instead of saying what hurt.');
  await answer(page, 'What was their part?', 'They stopped asking what was wrong.');
  await expect(page.getByTestId('prompt-progress')).toHaveText('3 of 9 answered ·');
  const first = entryRow(page, 'We split up in the kitchen');
  await expect(first).toContainText('Unfinished · 3 of 9');
  await expect(first.locator('.row-template')).toHaveText(POST_MORTEM);
  await expect(first.locator('.row-title')).toHaveText('Untitled');
  await expect(first.locator('.row-preview')).toHaveText('We split up in the kitchen, after a week of barely talking.');
  await expect(first).not.toContainText('What happened');
  await page.locator('.editor-body').evaluate((element) => element.scrollTo(0, 0));
  for (const theme of ['dark', 'light'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await saveScreenshot(page, `guided-entry-${theme}`);
  }

  await startFromTemplate(page, POST_MORTEM);
  await answer(page, 'What happened? Write it as plain facts', 'A long call on Sunday night.');
  await page.getByLabel('Title', { exact: true }).fill('The call');
  const second = entryRow(page, 'The call');
  await expect(second.locator('.row-preview')).toHaveText('A long call on Sunday night.');
  await expect(second).toContainText('Unfinished · 1 of 9');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await expect(entryList(page).getByRole('listitem')).toHaveCount(2);
});
