// Pictures end to end: added by the toolbar, a paste and a drop; captioned, resized, viewed large; printed in the PDF;
// and neither a marker in the photo's EXIF nor the picture's bytes are in any file under the data or temp folder.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures/test';
import { createJournal, editorText, lockWithShortcut, saveScreenshot, writeEntry } from './fixtures/journalSteps';
import { exportOpenEntryAsPdf, PDF_TIMEOUT } from './fixtures/exportSteps';
import { addByDrop, addByPaste, addByToolbar, expectPicturesShown, markedPhoto, pictures } from './fixtures/pictureSteps';

const PROJECT_DIR = path.resolve(__dirname, '../..');

/** Every readable file under dir changed since `since`, skipping the project itself (its test artifacts record the page). */
function filesSince(dir: string, since: number): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    let names: string[] = [];
    try {
      names = readdirSync(current);
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(current, name);
      if (full === PROJECT_DIR) continue;
      try {
        const stat = statSync(full);
        if (stat.isDirectory()) walk(full);
        else if (stat.isFile() && stat.mtimeMs >= since) found.push(full);
      } catch {
        // Gone already, or not ours to read.
      }
    }
  };
  walk(dir);
  return found;
}

const containing = (files: string[], needles: Buffer[]) =>
  files.filter((file) => {
    try {
      const bytes = readFileSync(file);
      return needles.some((needle) => bytes.includes(needle));
    } catch {
      return false;
    }
  });

test('adds pictures three ways, captions and resizes them, and they print in the PDF at the text width', async ({ page, host }) => {
  test.setTimeout(PDF_TIMEOUT + 60_000);
  const started = Date.now() - 1000;
  const marker = `EXIF-${randomBytes(6).toString('hex')}`;
  const photos = [
    await markedPhoto(marker, { r: 200, g: 90, b: 60 }),
    await markedPhoto(marker, { r: 60, g: 140, b: 90 }),
    await markedPhoto(marker, { r: 70, g: 90, b: 180 }),
  ];
  await createJournal(page);
  await writeEntry(page, 'The beach, after', 'We walked until the light went.');

  await addByToolbar(page, photos[0]!);
  await expectPicturesShown(page, 1);
  // Into the text, not onto the picture (a click on a picture opens it large).
  await editorText(page).getByText('We walked').click();
  await page.keyboard.press('ControlOrMeta+End');
  await addByPaste(page, photos[1]!);
  await expectPicturesShown(page, 2);
  await addByDrop(page, photos[2]!);
  await expectPicturesShown(page, 3);

  const first = pictures(page).first();
  await first.hover();
  await first.getByRole('button', { name: 'Show at half the width' }).click();
  await expect(pictures(page).first()).toHaveAttribute('data-width', 'half');
  await pictures(page).nth(1).getByLabel('Caption').fill('The sea at six');
  await pictures(page).nth(1).getByLabel('Caption').press('Enter');
  await expect(page.getByTestId('save-state')).toHaveText('Saved');
  await saveScreenshot(page, 'pictures-editor');

  await pictures(page).nth(1).locator('img').click();
  const viewer = page.getByRole('dialog', { name: 'Picture: The sea at six' });
  await expect(viewer).toBeVisible();
  await saveScreenshot(page, 'pictures-viewer');
  await viewer.click();
  await expect(viewer).toBeHidden();

  // Before any export (an export is plaintext by design): the EXIF marker and the stored bytes are nowhere on disk.
  const base = host.url.split('#')[0]!;
  const docResponse = await page.request.post(`${base}api/entries.list`, { headers: { authorization: `Bearer ${host.token}` }, data: {} });
  const { value: list } = await docResponse.json();
  const entry = await (
    await page.request.post(`${base}api/entries.get`, {
      headers: { authorization: `Bearer ${host.token}` },
      data: { id: list.items[0].id },
    })
  ).json();
  const srcs = JSON.stringify(entry.value.doc).match(/attachment:[0-9a-f-]{36}/g) ?? [];
  expect(srcs).toHaveLength(3);
  const stored = await page.request.post(`${base}api/attachments.get`, {
    headers: { authorization: `Bearer ${host.token}` },
    data: { id: srcs[0]!.slice('attachment:'.length) },
  });
  const storedBytes = Buffer.from(await stored.body());
  expect(storedBytes.includes(Buffer.from(marker))).toBe(false);
  const needles = [
    Buffer.from(marker),
    storedBytes.subarray(storedBytes.length >> 1, (storedBytes.length >> 1) + 48),
    photos[0]!.subarray(photos[0]!.length >> 1, (photos[0]!.length >> 1) + 48),
  ];
  const check = () => expect(containing([...filesSince(host.dataDir, 0), ...filesSince(os.tmpdir(), started)], needles)).toEqual([]);
  check();

  const pdf = await exportOpenEntryAsPdf(page);
  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(images).toHaveLength(3);
  expect(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })).toContain('The sea at six');
  const pngDir = mkdtempSync(path.join(os.tmpdir(), 'afterword-e2e-pdfpng-'));
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, path.join(pngDir, 'page')]);
  expect(readdirSync(pngDir).length).toBeGreaterThan(0);
  test.info().annotations.push({ type: 'pdf pages', description: pngDir });
  execFileSync('cp', [path.join(pngDir, readdirSync(pngDir).sort().at(-1)!), path.resolve(__dirname, 'artifacts/pictures-pdf-page.png')]);
  // The export itself is plaintext by design; the journal's own files still hold neither marker nor bytes.
  await lockWithShortcut(page);
  expect(containing(filesSince(host.dataDir, 0), needles)).toEqual([]);
});

test('a picture added from the toolbar after tagging the entry goes in without an error in the page', async ({ page }) => {
  // The "Write here…" placeholder once read positions of the new document in the old one, and threw "Position out of range".
  await createJournal(page);
  await writeEntry(page, 'Kitchen talk', 'We talked in the kitchen until the rain stopped.');
  await page.getByLabel('Add a tag').fill('grief');
  await page.getByLabel('Add a tag').press('Enter');
  await expect(page.getByRole('list', { name: 'Tags of this entry' })).toContainText('grief');
  await addByToolbar(page, await markedPhoto('after a tag', { r: 40, g: 90, b: 140 }, 600, 400));
  await expectPicturesShown(page, 1);
});
