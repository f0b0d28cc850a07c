// The editor never loses a question: Enter in the title, a click on a prompt and typing, pasting or Enter all write under the prompt.
import type { Page } from '@playwright/test';
import { createJournal, editorText, saveScreenshot } from './fixtures/journalSteps';
import { answerUnder, openPicker, promptNamed } from './fixtures/templateSteps';
import { expect, test } from './fixtures/test';

const FACTS = 'What happened? Write it as plain facts';
const TODAY = 'What happened today that you want to remember';

async function startFrom(page: Page, template: string): Promise<void> {
  const dialog = await openPicker(page);
  await dialog.getByRole('button', { name: template, exact: true }).click();
  await expect(editorText(page).locator('[data-prompt]').first()).toBeVisible();
}

test('Enter in the title moves to the first answer space instead of deleting the first prompt', async ({ page }) => {
  await createJournal(page);
  await startFrom(page, 'Breakup post-mortem');
  const title = page.getByLabel('Title', { exact: true });
  await title.click();
  await title.press('End');
  await title.press('Enter');
  await page.keyboard.type('The facts');
  await expect(promptNamed(page, FACTS)).toBeVisible();
  await expect(answerUnder(page, FACTS)).toHaveText('The facts');
});

test('clicking a prompt and typing, pasting or pressing Enter writes under it instead of deleting it', async ({ page }) => {
  await createJournal(page);
  await startFrom(page, 'Daily check-in');
  await promptNamed(page, TODAY).locator('.aw-prompt-text').click();
  await page.keyboard.type('Saw the sea');
  await expect(promptNamed(page, TODAY)).toBeVisible();
  await expect(answerUnder(page, TODAY)).toHaveText('Saw the sea');

  const onYourMind = 'What is taking up the most room in your head';
  await promptNamed(page, onYourMind).locator('.aw-prompt-text').click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Work');
  await expect(answerUnder(page, onYourMind)).toHaveText('Work');

  const allRight = 'One thing that went all right today';
  await promptNamed(page, allRight).locator('.aw-prompt-text').click();
  // A paste arrives as a ClipboardEvent; dispatched in the page so no clipboard permission is needed.
  await editorText(page).evaluate((element) => {
    // This file is type-checked without the DOM library; these are the page's own constructors.
    const { DataTransfer, ClipboardEvent } = globalThis as unknown as Record<
      string,
      new (...args: unknown[]) => Event & { setData: (type: string, text: string) => void }
    >;
    const data = new DataTransfer!();
    data.setData('text/plain', 'A long walk');
    element.dispatchEvent(new ClipboardEvent!('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(promptNamed(page, allRight)).toBeVisible();
  await expect(answerUnder(page, allRight)).toHaveText('A long walk');
});

test('Backspace on a selected prompt removes it, and Undo brings it back', async ({ page }) => {
  await createJournal(page);
  await startFrom(page, 'Daily check-in');
  await promptNamed(page, TODAY).locator('.aw-prompt-text').click();
  await page.keyboard.press('Backspace');
  await expect(promptNamed(page, TODAY)).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(promptNamed(page, TODAY)).toBeVisible();
});

test('every unanswered prompt shows "Write here…" under it, wherever the cursor is', async ({ page }) => {
  await createJournal(page);
  await startFrom(page, 'Breakup post-mortem');
  const prompts = await editorText(page).locator('[data-prompt]').count();
  expect(prompts).toBeGreaterThan(5);
  await page.getByLabel('Title', { exact: true }).click();
  const hints = editorText(page).locator('[data-prompt] + p.is-empty');
  await expect(hints).toHaveCount(prompts);
  const shown = await hints.first().evaluate((p) => p.ownerDocument.defaultView!.getComputedStyle(p, '::before').content);
  expect(shown).toBe('"Write here…"');
  // With the cursor in an answer space, that space still says where it is.
  await answerUnder(page, FACTS).click();
  expect(await hints.first().evaluate((p) => p.ownerDocument.defaultView!.getComputedStyle(p, '::before').content)).toBe('"Write here…"');
  await saveScreenshot(page, 'editor-placeholders');
  await answerUnder(page, FACTS).click();
  await page.keyboard.type('We split up.');
  await expect(hints).toHaveCount(prompts - 1);
});
