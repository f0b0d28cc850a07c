// The screens later features added — a picture and its large view, search results, the tag filter, Commitments, an
// import's report, a trashed entry read-only, a damaged journal — pass axe (no serious or critical violation) in both
// themes, each saved as tests/e2e/artifacts/a11y-<theme>-<screen>.png to look at.
import { strToU8, zipSync } from 'fflate';
import { expectNoSeriousViolations } from './fixtures/axe';
import { damageAfterAutomaticBackup } from './fixtures/damageSteps';
import { createJournal, editorText, saveScreenshot, sidebar, writeEntry } from './fixtures/journalSteps';
import { addByToolbar, expectPicturesShown, markedPhoto, pictures } from './fixtures/pictureSteps';
import { expect, test } from './fixtures/test';

const markdownZip = () =>
  Buffer.from(
    zipSync({
      'notes/2024-03-02 Moving out.md': strToU8('---\ntags: [move]\n---\nBoxes everywhere, and a kind neighbour.'),
      'notes/bad.md': strToU8('---\ntags: [unclosed\n---\nThis front matter is broken.'),
    }),
  );

for (const theme of ['light', 'dark'] as const) {
  test(`the feature screens pass axe in the ${theme} theme`, async ({ page, host }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: theme });
    const check = async (screen: string) => {
      await saveScreenshot(page, `a11y-${theme}-${screen}`);
      await expectNoSeriousViolations(page, `${screen} (${theme})`);
    };
    await createJournal(page);

    await writeEntry(page, 'Kitchen talk', 'We talked in the kitchen until the rain stopped.');
    await page.getByLabel('Add a tag').fill('grief');
    await page.getByLabel('Add a tag').press('Enter');
    await expect(page.getByRole('list', { name: 'Tags of this entry' })).toContainText('grief');
    await addByToolbar(page, await markedPhoto('a11y', { r: 40, g: 90, b: 140 }, 600, 400));
    await expectPicturesShown(page, 1);
    await pictures(page).first().getByLabel('Caption').fill('The window at dusk');
    await pictures(page).first().getByLabel('Caption').press('Enter');
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
    await check('editor-picture');
    await pictures(page).first().locator('img').click();
    await expect(page.getByRole('dialog', { name: 'Picture: The window at dusk' })).toBeVisible();
    await check('picture-viewer');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Picture: The window at dusk' })).toBeHidden();

    await editorText(page).blur();
    await page.keyboard.press('/');
    await page.getByLabel('Search your journal').fill('kitchen');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(1);
    await check('search-results');
    await page.getByLabel('Search your journal').press('Escape');

    await sidebar(page).getByText('Filter').click();
    await page
      .getByRole('list', { name: 'All tags' })
      .getByRole('button', { name: /^grief/ })
      .click();
    await check('tag-filter');
    await page
      .getByRole('list', { name: 'All tags' })
      .getByRole('button', { name: /^grief/ })
      .click();

    await sidebar(page).getByRole('button', { name: 'Commitments' }).click();
    await expect(page.getByRole('heading', { name: 'Commitments', level: 2 })).toBeVisible();
    await page.getByLabel('Your commitment').fill('When I want to check their profile, I will go for a walk first.');
    await page.getByRole('button', { name: 'Add commitment' }).click();
    await expect(page.getByRole('article', { name: /go for a walk first/ })).toBeVisible();
    await check('commitments');
    await page.getByRole('button', { name: 'Done' }).click();

    await sidebar(page).getByRole('button', { name: 'Export or import…' }).click();
    const importSection = page.getByRole('region', { name: 'Import' });
    const chooser = page.waitForEvent('filechooser');
    await importSection.getByRole('button', { name: 'Markdown…' }).click();
    await (await chooser).setFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: markdownZip() });
    await expect(importSection.getByRole('status')).toContainText('Imported 1 entry', { timeout: 60_000 });
    await check('import-report');
    await page.keyboard.press('Escape');

    await writeEntry(page, 'To let go', 'Words I will move to the Trash.');
    await page.getByRole('button', { name: 'Move to Trash' }).click();
    await page.getByRole('tab', { name: 'Trash' }).click();
    await page
      .getByRole('list', { name: 'Trash' })
      .getByRole('listitem')
      .filter({ hasText: 'To let go' })
      .getByRole('button')
      .first()
      .click();
    await expect(page.getByRole('article', { name: 'Entry in the Trash' })).toBeVisible();
    await check('trashed-entry');
    await page.getByRole('tab', { name: 'Entries' }).click();

    await damageAfterAutomaticBackup(page, host.dataDir);
    await check('damaged-journal');
  });
}
