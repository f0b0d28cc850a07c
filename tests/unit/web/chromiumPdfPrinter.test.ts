// Without Chromium, PDF export says what to install instead of failing obscurely; without a printer, the journal says PDF is unavailable.
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../electron/contract';
import { chromiumPath, createChromiumPdfPrinter } from '../../../electron/web/chromiumPdfPrinter';
import { call, makeTempDir, openTestJournal } from '../helpers/tempJournal';

describe('Chromium PDF printer', () => {
  const temp = makeTempDir();
  afterAll(() => temp.cleanup());

  it('takes Chromium from CHROMIUM_PATH, else /usr/bin/chromium', () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });

  it('answers UNSUPPORTED naming the missing program', async () => {
    const printer = createChromiumPdfPrinter({ executablePath: '/nowhere/chromium' });
    await expect(printer.print({ html: '<p>x</p>', pageSize: 'A4', paged: false })).rejects.toMatchObject({
      code: 'UNSUPPORTED',
      message: expect.stringContaining('PDF export needs Chromium, and none was found at /nowhere/chromium'),
    });
  });

  it('lets a journal without a printer export Markdown and JSON but not PDF', async () => {
    const journal = openTestJournal(temp.dir);
    await call(journal, 'vault.create', { passphrase: 'correct horse battery' });
    await call(journal, 'entries.create', { entryDate: '2026-03-03', title: 'One' });
    const result = (await journal.dispatch('export.pdf', { scope: { all: true } })) as Result<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    expect((await journal.dispatch('export.markdown', { scope: { all: true } })).ok).toBe(true);
    journal.close();
  });
});
