// Every screen, in both themes, has no accessibility violation of impact serious or critical (axe-core), and each is
// saved as a screenshot to look at (tests/e2e/artifacts/a11y-<theme>-<screen>.png).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expectNoSeriousViolations } from './fixtures/axe';
import {
  createJournal,
  entryList,
  KDF_TIMEOUT,
  lockWithShortcut,
  PASSPHRASE,
  saveScreenshot,
  sidebar,
  unlockWithPassphrase,
} from './fixtures/journalSteps';
import { answer, startFromTemplate } from './fixtures/templateSteps';
import { expect, test } from './fixtures/test';

for (const theme of ['light', 'dark'] as const) {
  test(`every screen passes axe in the ${theme} theme, following the system`, async ({ page, host }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: theme });
    const check = async (screen: string) => {
      await saveScreenshot(page, `a11y-${theme}-${screen}`);
      await expectNoSeriousViolations(page, `${screen} (${theme})`);
    };

    await expect(page.getByRole('heading', { name: 'Create your journal' })).toBeVisible();
    await check('create');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Type it again', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create journal' }).click();
    await expect(page.getByTestId('recovery-code')).toBeVisible({ timeout: KDF_TIMEOUT });
    await check('recovery-code');
    await page.getByLabel('I have saved my recovery code somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(sidebar(page).getByRole('button', { name: 'New entry' })).toBeVisible();
    await check('empty-journal');

    await sidebar(page).getByRole('button', { name: 'New entry' }).click();
    await expect(page.getByRole('dialog', { name: 'Begin a new entry' })).toBeVisible();
    await check('picker');
    await page.keyboard.press('Escape');
    await startFromTemplate(page, 'Breakup post-mortem');
    await answer(page, 'What happened?', 'We stopped talking about the things that mattered.');
    await check('editor-template');

    for (const [button, dialog, screen] of [
      ['Export or import…', /Export/, 'export'],
      ['Backups…', /Backups/, 'backups'],
    ] as const) {
      await sidebar(page).getByRole('button', { name: button }).click();
      await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
      await check(screen);
      await page.keyboard.press('Escape');
    }

    await page.keyboard.press('ControlOrMeta+Shift+P');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    await check('command-palette');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+/');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await check('shortcuts');
    await page.keyboard.press('Escape');

    await sidebar(page).getByRole('button', { name: 'Security settings' }).click();
    await expect(page.getByRole('heading', { name: 'Appearance' })).toBeVisible();
    await check('settings');
    await page.getByRole('button', { name: 'Done' }).click();

    await sidebar(page).getByText('Calendar', { exact: true }).click();
    await expect(page.getByRole('grid')).toBeVisible();
    await check('calendar');
    await sidebar(page).getByRole('button', { name: 'Your journal over time' }).click();
    await expect(page.getByRole('heading', { name: 'Your journal over time', level: 2 })).toBeVisible();
    await check('over-time');
    await page.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('tab', { name: 'Trash' }).click();
    await check('trash');
    await page.getByRole('tab', { name: 'Entries' }).click();

    // The list with its filters open and on (a starred row), then search results under the same filters.
    await entryList(page).getByRole('button', { name: 'Favourite' }).first().click();
    await expect(entryList(page).getByRole('button', { name: 'Favourite' }).first()).toHaveAttribute('aria-pressed', 'true');
    await sidebar(page).getByText('Filter', { exact: true }).click();
    await sidebar(page).getByRole('checkbox', { name: 'Favourites only' }).check();
    await sidebar(page).getByRole('checkbox', { name: 'Okay' }).check();
    await expect(page.getByRole('group', { name: 'Active filters' })).toContainText('Mood: Okay');
    await check('list-filters');
    await sidebar(page).getByRole('checkbox', { name: 'Okay' }).uncheck();
    await sidebar(page)
      .getByRole('button', { name: /^Search/ })
      .click();
    await page.getByRole('searchbox', { name: 'Search your journal' }).fill('talking');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(1);
    await check('search-results');
    await page.keyboard.press('Escape');

    await lockWithShortcut(page);
    await check('unlock');
    await unlockWithPassphrase(page);

    // The day's automatic backup is written in the background after the unlock; then the dialog lists it, and restoring asks first.
    const backups = path.join(host.dataDir, 'backups');
    await expect.poll(() => existsSync(backups) && readdirSync(backups).some((name) => name.startsWith('auto-'))).toBe(true);
    await sidebar(page).getByRole('button', { name: 'Backups…' }).click();
    const automatic = page.getByRole('list', { name: 'Automatic backups' });
    await expect(automatic.getByRole('listitem')).toContainText('1 entry');
    await check('backups-automatic');
    await automatic.getByRole('button', { name: /^Restore the backup from / }).click();
    await automatic.getByLabel('Passphrase of that backup', { exact: true }).fill(PASSPHRASE);
    await automatic.getByRole('button', { name: 'Check this backup' }).click();
    await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toBeVisible({ timeout: KDF_TIMEOUT });
    await check('restore-confirm');
    await page.getByRole('button', { name: 'Cancel' }).click();
  });
}

test('a chosen theme overrides the system and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await createJournal(page);
  await page.keyboard.press('ControlOrMeta+Shift+P');
  await page.getByRole('combobox', { name: 'Type a command' }).fill('theme dark');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const paper = () => page.evaluate('getComputedStyle(document.body).backgroundColor');
  expect(await paper()).toBe('rgb(29, 27, 25)');
  await lockWithShortcut(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  expect(await paper()).toBe('rgb(29, 27, 25)');
  await saveScreenshot(page, 'theme-dark-unlock-after-reload');
});
