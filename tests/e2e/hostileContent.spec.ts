// An import full of hostile strings (titles, tags, prompts, templates) is read, opened and exported as a PDF with a hostile
// title: no element the app did not create, no script run, nothing reaches the listening STUN/TURN, HTTP or WebSocket sockets.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { hostileStrings, plantedScript, SCRIPT_MARKER, SCRIPT_RAN } from '../unit/helpers/hostileContent';
import { startLeakListeners } from '../unit/helpers/leakListeners';
import { expect, test } from './fixtures/test';
import { downloadExport, PDF_TIMEOUT } from './fixtures/exportSteps';
import { createJournal, entryRow } from './fixtures/journalSteps';

const ENTRY_ID = '6f1d3c2a-7b5e-4f8a-9c1d-2e3f4a5b6c7d';

function importFile(strings: string[], badDoc = false): string {
  const text = (value: string) => ({ type: 'text', text: value });
  const prompts = strings.flatMap((value) => [
    { type: 'prompt', attrs: { text: value, hint: value, key: null } },
    { type: 'paragraph', content: [text(value)] },
  ]);
  const doc = badDoc
    ? { type: 'doc', content: [{ type: 'prompt', attrs: { text: ['img', { src: 'x', onerror: strings[0] }] } }] }
    : { type: 'doc', content: prompts };
  const entry = {
    id: ENTRY_ID,
    entryDate: '2026-04-01',
    createdAt: '2026-04-01T20:00:00.000Z',
    updatedAt: '2026-04-01T21:00:00.000Z',
    title: `Hostile ${strings[2]!.slice(0, 400)}`,
    mood: 3,
    templateId: null,
    templateVersion: null,
    favorite: false,
    version: 1,
    // Tags are at most 40 characters (docs/ARCHITECTURE.md, tag rules): a break-out fits in that.
    tags: strings.slice(0, 3).map((tag) => tag.slice(0, 40)),
    extra: {},
    doc,
  };
  const template = {
    id: '7a1d3c2a-7b5e-4f8a-9c1d-2e3f4a5b6c7d',
    name: `Template ${strings[1]}`,
    description: strings[0],
    kind: 'custom',
    doc: JSON.stringify({ type: 'doc', content: prompts }),
    version: 1,
    estimated_minutes: 5,
    mood_check: 0,
    created_at: '2026-04-01T20:00:00.000Z',
    updated_at: '2026-04-01T20:00:00.000Z',
  };
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'afterword-e2e-hostile-')), badDoc ? 'bad.json' : 'journal.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'afterword-journal',
      version: 1,
      exportedAt: '2026-04-02T10:00:00.000Z',
      entries: [entry],
      templates: [template],
    }),
  );
  return file;
}

/** Elements a planted string would create, and the marker its script would set (a string: specs are type-checked without the DOM). */
async function plantedTraces(page: Page): Promise<unknown> {
  return page.evaluate(`({
    marker: window[${JSON.stringify(SCRIPT_MARKER)}] ?? null,
    pwned: document.documentElement.getAttribute('data-pwned'),
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => el.tagName + ' ' + a.name)),
    foreign: [...document.querySelectorAll('script:not([src]), img, iframe, object, embed')].map((el) => el.outerHTML.slice(0, 80)),
  })`);
}

test('imports, opens and exports hostile text as text: no foreign element, no script, no connection', async ({ page }) => {
  test.setTimeout(PDF_TIMEOUT * 2);
  const listeners = await startLeakListeners();
  try {
    const strings = hostileStrings(plantedScript(listeners.ports));
    await createJournal(page);
    await page.getByRole('button', { name: 'Export or import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });

    await dialog.getByLabel('JSON file to import').setInputFiles(importFile(strings, true));
    await expect(dialog.getByText(/entries.0.doc.content.0.attrs.text/)).toBeVisible();

    await dialog.getByLabel('JSON file to import').setInputFiles(importFile(strings));
    await expect(dialog.getByText('Imported 1 entry.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await entryRow(page, 'Hostile').click();
    await expect(page.getByLabel('Entry text').locator('[data-prompt]').first()).toBeVisible();
    expect(await plantedTraces(page)).toEqual({ marker: null, pwned: null, handlers: [], foreign: [] });

    await page.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByLabel('Title', { exact: true }).fill(strings[2]!.slice(0, 200));
    const file = await downloadExport(page);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('onerror');
    expect(text).not.toContain(SCRIPT_RAN);
    expect(await plantedTraces(page)).toEqual({ marker: null, pwned: null, handlers: [], foreign: [] });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(listeners.received).toEqual([]);
  } finally {
    await listeners.close();
  }
});
