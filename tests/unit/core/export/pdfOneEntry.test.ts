// export.pdf for one entry and for a short journal: what is printed and what is left out, read back with poppler from real Chromium PDFs.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { printStylesheet } from '../../../../electron/core/export/printStylesheet';
import { createChromiumPdfPrinter } from '../../../../electron/web/chromiumPdfPrinter';
import { call, makeTempDir, openTestJournal } from '../../helpers/tempJournal';
import { pdfText, renderPage, writeTempPdf } from '../../helpers/poppler';
import { para } from '../../helpers/sampleEntries';

const PRINT_TIMEOUT = 180_000;
const prompt = (text: string, key: string) => ({ type: 'prompt', attrs: { text, hint: null, key } });
const layoutText = (file: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

describe('export.pdf of one entry and of a few', () => {
  const temp = makeTempDir();
  let journal: Journal;
  let facts: string;
  let other: string;

  beforeAll(async () => {
    journal = openTestJournal(temp.dir, { pdfPrinter: createChromiumPdfPrinter() });
    await call(journal, 'vault.create', { passphrase: 'correct horse battery' });
    const doc = {
      type: 'doc',
      content: [
        prompt('What happened?', 'facts'),
        para('We split up in September.'),
        prompt('What did you learn?', 'learn'),
        { type: 'paragraph' },
      ],
    };
    facts = (await call(journal, 'entries.create', { entryDate: '2026-09-11', title: 'The facts', doc, mood: 4, moodBefore: 2 })).id;
    other = (
      await call(journal, 'entries.create', {
        entryDate: '2026-09-02',
        title: 'A second page with a longer title',
        doc: { type: 'doc', content: [para('Rain.')] },
      })
    ).id;
  });
  afterAll(() => {
    journal.close();
    temp.cleanup();
  });

  const exportPdf = (scope: MethodInput<'export.pdf'>['scope'], options: MethodInput<'export.pdf'>['options'] = {}) =>
    call(journal, 'export.pdf', { scope, options });

  it(
    'prints one entry without a cover or contents, named after its date and title, moods before and after, unanswered questions left out',
    async () => {
      const payload = await exportPdf({ entryIds: [facts] }, { title: 'My journal' });
      expect(payload.fileName).toBe('2026-09-11 The facts.pdf');
      const file = writeTempPdf(payload.data);
      const text = pdfText(file);
      expect(text).not.toContain('1 entry');
      expect(text).not.toContain('Contents');
      expect(text).toContain('Mood: low before, good after');
      expect(text).toContain('What happened?');
      expect(text).not.toContain('What did you learn?');
      renderPage(file, 1, `${process.env.AFTERWORD_PDF_LOOK ?? temp.dir}/one-entry`);

      const withQuestions = writeTempPdf((await exportPdf({ entryIds: [facts] }, { omitUnansweredPrompts: false })).data);
      expect(pdfText(withQuestions)).toContain('What did you learn?');
    },
    PRINT_TIMEOUT,
  );

  it(
    'sets the contents date column to fit the longest date, each date on one line beside its title',
    async () => {
      const file = writeTempPdf((await exportPdf({ entryIds: [facts, other] }, { title: 'September' })).data);
      const contents = layoutText(file).split('\f')[1] ?? '';
      expect(contents).toContain('Contents');
      // The longest date still leaves a gap before its title: pdftotext's layout then keeps two or more spaces between them.
      expect(contents).toMatch(/\n2 Sept 2026 {2,}A second page with a longer title/);
      expect(contents).toMatch(/\n11 Sept 2026 {2,}The facts/);
      renderPage(file, 2, `${process.env.AFTERWORD_PDF_LOOK ?? temp.dir}/contents`);
    },
    PRINT_TIMEOUT,
  );

  it('sets text ragged-right, since offline Chromium has no hyphenation dictionaries to justify it without loose lines', () => {
    const css = printStylesheet({ pageSize: 'A4', pageNumbers: true, runningHeader: 'x' });
    expect(css).not.toMatch(/text-align:\s*justify/);
    expect(css).not.toMatch(/hyphens:\s*auto/);
  });
});
