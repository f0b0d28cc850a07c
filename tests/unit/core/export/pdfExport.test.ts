// export.pdf end to end under Node: real entries, real Chromium, the PDF read back with poppler.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocNode, MethodInput } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { createChromiumPdfPrinter } from '../../../../electron/web/chromiumPdfPrinter';
import { call, makeTempDir, openTestJournal } from '../../helpers/tempJournal';
import { pdfFonts, pdfInfo, pdfText, renderPage, writeTempPdf } from '../../helpers/poppler';
import { para, postMortemDoc, UNICODE_SAMPLES, unicodeDoc } from '../../helpers/sampleEntries';

const PRINT_TIMEOUT = 180_000;
const A4 = [595, 842];
const LETTER = [612, 792];
const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();

describe('export.pdf', () => {
  const temp = makeTempDir();
  let journal: Journal;
  const ids: string[] = [];

  beforeAll(async () => {
    journal = openTestJournal(temp.dir, { pdfPrinter: createChromiumPdfPrinter() });
    await call(journal, 'vault.create', { passphrase: 'correct horse battery' });
    const create = async (entryDate: string, title: string, doc: DocNode) =>
      ids.push((await call(journal, 'entries.create', { entryDate, title, doc })).id);
    await create('2026-03-03', 'The evening it ended', postMortemDoc('We talked until the tea went cold, and then it was over.'));
    await create('2026-03-04', 'Lettres et langues', unicodeDoc());
    for (let day = 1; day <= 30; day += 1) {
      const date = `2026-04-${String(day).padStart(2, '0')}`;
      await create(date, `Day ${day} of April`, { type: 'doc', content: [para(`A short note for the ${day}th. `.repeat(40))] });
    }
  });
  afterAll(() => {
    journal.close();
    temp.cleanup();
  });

  const exportPdf = async (scope: MethodInput<'export.pdf'>['scope'], options: MethodInput<'export.pdf'>['options'] = {}) =>
    writeTempPdf((await call(journal, 'export.pdf', { scope, options })).data);

  it(
    'prints a book on A4 with its fonts embedded, prompts, answers and text in several scripts',
    async () => {
      const file = await exportPdf({ entryIds: ids.slice(0, 2) }, { title: 'After March' });
      const info = pdfInfo(file);
      expect(info.pageSize.map(Math.round)).toEqual(A4);
      const fonts = pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((font) => !font.embedded)).toEqual([]);
      expect(fonts.some((font) => font.name.includes('SourceSerif4'))).toBe(true);
      expect(fonts.some((font) => font.name.includes('Inter'))).toBe(true);
      const text = pdfText(file);
      // Dates are set in tracked capitals, which pdftotext reads back letter by letter.
      expect(squash(text)).toContain(squash('Tuesday, 3 March 2026'));
      for (const expected of [
        'After March',
        'The evening it ended',
        'What happened, in your own words?',
        'A few sentences is enough.',
        'the tea went cold',
        'Contents',
      ]) {
        expect(text).toContain(expected);
      }
      for (const sample of [UNICODE_SAMPLES.accents, UNICODE_SAMPLES.hebrew, UNICODE_SAMPLES.arabic, ...UNICODE_SAMPLES.symbols.split(' ')])
        expect(text).toContain(sample);
      // .ci/run installs a CJK font (WenQuanYi Micro Hei) and Noto Color Emoji, so these are always checked.
      expect(text).toContain(UNICODE_SAMPLES.cjk);
      for (const emoji of UNICODE_SAMPLES.emoji.split(' ')) expect(text).toContain(emoji);
      for (const page of [1, 3]) renderPage(file, page, `${process.env.AFTERWORD_PDF_LOOK ?? temp.dir}/a4-page-${page}`);
    },
    PRINT_TIMEOUT,
  );

  it(
    'prints on Letter without prompts or contents, keeping the answers and page numbers',
    async () => {
      const file = await exportPdf(
        { from: '2026-03-01', to: '2026-03-31' },
        { pageSize: 'Letter', includePrompts: false, tableOfContents: false, coverPage: false },
      );
      expect(pdfInfo(file).pageSize.map(Math.round)).toEqual(LETTER);
      const text = pdfText(file);
      expect(text).toContain('the tea went cold');
      expect(text).toContain('I need quiet mornings.');
      expect(text).not.toContain('What happened, in your own words?');
      expect(text).not.toContain('Contents');
      expect(text).toMatch(/^\s*1\s*$/m);
    },
    PRINT_TIMEOUT,
  );

  it(
    'lists all thirty entries of a range in order in the contents, and grows in pages with content',
    async () => {
      const one = pdfInfo(await exportPdf({ entryIds: [ids[2]!] })).pages;
      const file = await exportPdf({ from: '2026-04-01', to: '2026-04-30' });
      const info = pdfInfo(file);
      expect(info.pages).toBeGreaterThan(one + 5);
      const contents = pdfText(file, { first: 2, last: 3 });
      const positions = Array.from({ length: 30 }, (_, i) => contents.indexOf(`Day ${i + 1} of April`));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      // Each contents line's number is the page its entry starts on.
      for (const day of [1, 15, 30]) {
        const title = `Day ${day} of April`;
        const page = Number(new RegExp(`${title}\\s*\\n\\s*(\\d+)`).exec(contents)?.[1]);
        expect(page).toBeGreaterThan(2);
        expect(pdfText(file, { first: page, last: page })).toContain(title);
      }
      renderPage(file, 2, `${process.env.AFTERWORD_PDF_LOOK ?? temp.dir}/contents`);
    },
    PRINT_TIMEOUT,
  );
});
