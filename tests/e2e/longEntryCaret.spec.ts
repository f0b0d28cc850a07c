// Caret keys in a long entry, where most blocks are off screen and the browser skips laying them out: every key puts the
// caret where a person expects, typed text lands there, and the saved entry holds it there.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { hostApi } from './fixtures/hostApi';
import { createJournal, editorText, openEntry, PASSPHRASE, saveScreenshot, unlockWithPassphrase } from './fixtures/journalSteps';

const BLOCKS = 300;
const TITLE = 'A very long night';
const FILLER =
  'I kept thinking about the kitchen and the small things we used to say there, the radio low, the window open, and how the ' +
  'quiet after he left was not the same quiet as before, it had edges now and I walked around them all evening';

/** Block i begins "Block i." so a person (and this test) can tell where the caret is; a short list every eighth block. */
function longDoc() {
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const content = Array.from({ length: BLOCKS }, (_, i) => {
    if (i === 0) return paragraph(`Block 0. The very first words. ${FILLER}.`);
    if (i === BLOCKS - 1) return paragraph(`Block ${i}. ${FILLER}, and these are the very last words.`);
    if (i % 8 === 7)
      return { type: 'bulletList', content: [1, 2].map((n) => ({ type: 'listItem', content: [paragraph(`Block ${i} item ${n}.`)] })) };
    return paragraph(`Block ${i}. ${FILLER}${i === 240 ? ', marigolds on the sill' : ''}.`);
  });
  return { type: 'doc', content };
}

/** Where the caret is: the number of the block holding it, its offset there, and whether a person can see it. */
function caret(page: Page) {
  return page.evaluate(() => {
    const selection = getSelection()!;
    const range = selection.getRangeAt(0).cloneRange();
    range.collapse(false);
    const node = selection.focusNode!;
    const element = node instanceof Element ? node : node.parentElement!;
    const block = element.closest('.writing > *')!;
    const rect = range.getClientRects()[0] ?? (element as Element).getBoundingClientRect();
    const frame = document.querySelector('.editor-body')!.getBoundingClientRect();
    const number = Number(/^Block (\d+)/.exec(block.textContent ?? '')?.[1] ?? -1);
    const before = document.createRange();
    before.setStart(block, 0);
    before.setEnd(selection.focusNode!, selection.focusOffset);
    return {
      block: number,
      offset: before.toString().length,
      blockLength: (block.textContent ?? '').length,
      top: rect.top,
      visible: rect.top >= frame.top && rect.bottom <= frame.bottom,
      selected: selection.toString().length,
    };
  });
}

/** The writing's line height: 19 px type at 1.75. */
const LINE = 19 * 1.75;

const scrollTop = (page: Page) => page.locator('.editor-body').evaluate((body) => body.scrollTop);

async function openLongEntry(page: Page, host: Parameters<typeof hostApi>[0]): Promise<string> {
  await createJournal(page);
  const created = await hostApi(host, 'entries.create', { title: TITLE, doc: longDoc(), entryDate: '2026-11-30' });
  await page.reload();
  // A reload may find the journal still open or locked; either way the list then holds the entry made through the API.
  const row = page.getByRole('list', { name: 'Entries' }).getByRole('listitem').filter({ hasText: TITLE });
  await expect(row.or(page.getByRole('heading', { name: 'Welcome back' }))).toBeVisible();
  if (!(await row.isVisible())) await unlockWithPassphrase(page, PASSPHRASE);
  await openEntry(page, TITLE);
  await editorText(page).getByText('Block 0.').click();
  return created.id as string;
}

/** The text of each block of the entry as saved, once the saved entry holds `written` (the save follows a pause in typing). */
async function savedBlocks(host: Parameters<typeof hostApi>[0], id: string, written: string): Promise<string[]> {
  const text = (node: any): string => (node.text ?? '') + (node.content ?? []).map(text).join('');
  let blocks: string[] = [];
  await expect
    .poll(async () => {
      blocks = (await hostApi(host, 'entries.get', { id })).doc.content.map(text);
      return blocks.join('\n');
    })
    .toContain(written);
  return blocks;
}

test('Ctrl+End and Ctrl+Home put the caret at the very end and start, typing lands there and is saved', async ({ page, host }) => {
  test.setTimeout(120_000);
  const id = await openLongEntry(page, host);

  await page.keyboard.press('ControlOrMeta+End');
  await expect.poll(() => caret(page)).toMatchObject({ block: BLOCKS - 1, visible: true });
  const end = await caret(page);
  expect(end.offset).toBe(end.blockLength);
  await saveScreenshot(page, 'long-entry-ctrl-end');
  await page.keyboard.type(' Written at the end.');
  await expect(editorText(page).getByText(`Block ${BLOCKS - 1}.`)).toContainText('the very last words. Written at the end.');

  await page.keyboard.press('ControlOrMeta+Home');
  await expect.poll(() => caret(page)).toMatchObject({ block: 0, offset: 0, visible: true });
  await page.keyboard.type('Before it all. ');
  await saveScreenshot(page, 'long-entry-ctrl-home');

  const blocks = await savedBlocks(host, id, 'Before it all.');
  expect(blocks[0]).toMatch(/^Before it all\. Block 0\. The very first words\./);
  expect(blocks.at(-1)).toMatch(/the very last words\. Written at the end\.$/);
  expect(blocks).toHaveLength(BLOCKS);
});

test('Ctrl+Shift+End and Ctrl+Shift+Home select to the very end and start; typing replaces exactly that', async ({ page, host }) => {
  test.setTimeout(120_000);
  const id = await openLongEntry(page, host);
  // The caret after "Block 0." in the first block.
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < 'Block 0.'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ControlOrMeta+Shift+End');
  await expect.poll(() => caret(page)).toMatchObject({ block: BLOCKS - 1, visible: true });
  await page.keyboard.type(' Cut short.');
  expect(await savedBlocks(host, id, 'Cut short.')).toEqual(['Block 0. Cut short.']);

  await page.keyboard.press('ControlOrMeta+Shift+Home');
  await page.keyboard.type('All new');
  expect(await savedBlocks(host, id, 'All new')).toEqual(['All new']);
});

test('Page Down and Page Up move the caret a screen at a time and keep it in view; arrows cross blocks one line at a time', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const id = await openLongEntry(page, host);
  await page.keyboard.press('ControlOrMeta+Home');
  const frame = await page.locator('.editor-body').evaluate((body) => body.clientHeight);
  let last = await caret(page);
  for (let press = 0; press < 6; press++) {
    const scrolled = await scrollTop(page);
    await page.keyboard.press('PageDown');
    const now = await caret(page);
    expect(now.visible, `caret in view after Page Down ${press + 1}`).toBe(true);
    // A screen further into the entry: the caret moved down as far as the page scrolled, give or take a line.
    const moved = now.top + (await scrollTop(page)) - (last.top + scrolled);
    expect(moved).toBeGreaterThan(frame * 0.6);
    expect(moved).toBeLessThan(frame * 1.1);
    // And it stays where it was on the screen, on the same line or the next, not at the top of some block.
    expect(Math.abs(now.top - last.top)).toBeLessThan(LINE * 2);
    last = now;
  }
  const down = await caret(page);
  expect(down.block).toBeGreaterThan(10);
  await page.keyboard.type('PAGED ');
  await expect(editorText(page).getByText('PAGED')).toBeInViewport();
  // Saved exactly where the caret was: in that block, at that offset.
  const paged = await savedBlocks(host, id, 'PAGED');
  expect(paged[down.block]!.slice(down.offset, down.offset + 6)).toBe('PAGED ');

  await page.keyboard.press('PageUp');
  const up = await caret(page);
  expect(up.visible).toBe(true);
  expect(up.block).toBeLessThan(down.block);

  for (let press = 0; press < 40; press++) await page.keyboard.press('ArrowDown');
  const arrowed = await caret(page);
  expect(arrowed.visible).toBe(true);
  expect(arrowed.block).toBeGreaterThan(up.block + 4);
  await page.keyboard.type('ARROWED ');
  await expect(editorText(page).getByText('ARROWED')).toBeInViewport();

  const blocks = await savedBlocks(host, id, 'ARROWED');
  expect(blocks[arrowed.block]!.slice(arrowed.offset, arrowed.offset + 8)).toBe('ARROWED ');
  await saveScreenshot(page, 'long-entry-paged');
});

test('a click far down after scrolling, Select All, and opening from search all put the caret where expected', async ({ page, host }) => {
  test.setTimeout(120_000);
  const id = await openLongEntry(page, host);
  await page.mouse.move(600, 400);
  for (let wheel = 0; wheel < 30; wheel++) await page.mouse.wheel(0, 600);
  const target = editorText(page)
    .locator('p')
    .filter({ hasText: /^Block 200\./ });
  await target.scrollIntoViewIfNeeded();
  await target.click({ position: { x: 2, y: 10 } });
  await page.keyboard.type('Clicked. ');
  expect((await savedBlocks(host, id, 'Clicked.'))[200]).toMatch(/^Clicked\. Block 200\./);

  await editorText(page).blur();
  await page.keyboard.press('/');
  await page.getByLabel('Search your journal').fill('marigolds');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(1);
  await page.getByLabel('Search your journal').press('Enter');
  const mark = editorText(page).locator('.search-match');
  await expect(mark).toHaveText('marigolds');
  await expect(mark).toBeInViewport();
  await saveScreenshot(page, 'long-entry-search-match');

  await editorText(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Only this now');
  expect(await savedBlocks(host, id, 'Only this now')).toEqual(['Only this now']);
});
