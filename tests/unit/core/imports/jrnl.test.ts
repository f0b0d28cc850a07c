// import.markdown on jrnl's own exports: the YAML export (text in the front matter) and the whole-journal Markdown export.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DocNode, Entry } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { call, withCreatedJournal } from '../../helpers/tempJournal';

let journal: Journal;
withCreatedJournal((opened) => (journal = opened));

const FIXTURES = 'tests/fixtures/jrnl';
const zipOf = (folder: string): Uint8Array => {
  const files: Zippable = {};
  for (const name of readdirSync(path.join(FIXTURES, folder)))
    files[`${folder}/${name}`] = new Uint8Array(readFileSync(path.join(FIXTURES, folder, name)));
  return zipSync(files);
};
const importMarkdown = (file: Uint8Array) => call(journal, 'import.markdown', { file: new Uint8Array(file) });
async function allEntries(): Promise<Entry[]> {
  const { items } = await call(journal, 'entries.list', { limit: 50 });
  return Promise.all(items.map((item) => call(journal, 'entries.get', { id: item.id })));
}
const textOf = (node: DocNode): string => node.text ?? (node.content ?? []).map(textOf).join('\n');
const headings = (doc: DocNode) =>
  (doc.content ?? []).filter((n) => n.type === 'heading').map((n) => [n.attrs?.level, textOf(n)] as [unknown, string]);

describe('import.markdown: jrnl exports', () => {
  it('reads the YAML export: title, date, tags and the text kept in the front matter', async () => {
    expect(await importMarkdown(zipOf('yaml-export'))).toEqual({ imported: 2, skipped: 0, failed: [], pictures: 0 });
    const entries = await allEntries();
    const first = entries.find((e) => e.title === 'Entry the first.')!;
    expect(first.entryDate).toBe('2020-08-29');
    expect(first.tags.sort()).toEqual(['ipsum', 'tagone', 'tagtwo']);
    expect(first.favorite).toBe(false);
    expect(textOf(first.doc)).toContain('Lorem @ipsum dolor sit amet');
    expect(textOf(first.doc)).toContain('conubia nostra, per inceptos himenaeos.');
    const third = entries.find((e) => e.title === 'The third entry finally after weeks without writing.')!;
    expect(third.entryDate).toBe('2020-09-24');
    expect(textOf(third.doc)).toContain("I'm so excited about emojis. 💯 🎶 💩");
  });

  it('splits the whole-journal Markdown export into its entries, dated by their headings, with the headings lowered again', async () => {
    const report = await importMarkdown(zipOf('markdown-export'));
    expect(report).toMatchObject({ imported: 2, failed: [] });
    const entries = await allEntries();
    const life = entries.find((e) => e.title === 'Life is good.')!;
    expect(life.entryDate).toBe('2013-06-10');
    expect(textOf(life.doc)).toBe("But I'm better.");
    const test = entries.find((e) => e.title === 'Heading Test')!;
    expect(test.entryDate).toBe('2021-10-14');
    expect(headings(test.doc)).toEqual([
      [1, 'H1-1'],
      [1, 'H1-2'],
      [1, 'H1-3'],
      [2, 'H2-1'],
      [2, 'H2-2'],
      [2, 'H2-3'],
      [1, 'ATX H1'],
      [2, 'ATX H2'],
      [3, 'ATX H3'],
      [4, 'ATX H4'],
      [5, 'ATX H5'],
      [6, 'ATX H6'],
    ]);
    expect(textOf(test.doc)).toContain('more stuff again');
  });

  it('splits one export holding several years and months (as jrnl writes a longer journal) and never keeps the year or month lines', async () => {
    // jrnl writes a longer journal as these two exports one after the other (its export_journal, year and month headings as they change).
    const text = ['format-md.md', 'heading-test.md'].map((f) => readFileSync(path.join(FIXTURES, 'markdown-export', f), 'utf8')).join('\n');
    expect(await importMarkdown(strToU8(text))).toMatchObject({ imported: 2, failed: [] });
    const entries = await allEntries();
    expect(entries.map((e) => [e.entryDate, e.title]).sort()).toEqual([
      ['2013-06-10', 'Life is good.'],
      ['2021-10-14', 'Heading Test'],
    ]);
    for (const entry of entries) expect(textOf(entry.doc)).not.toMatch(/^(2013|2021|June|October)$/m);
  });

  it('reads a jrnl heading in 12-hour time as that day, and importing the same export twice adds nothing', async () => {
    const text = '# 2020\n\n## August\n\n### 2020-08-29 11:11:00 PM Late one\n\nStill up.\n';
    expect(await importMarkdown(strToU8(text))).toMatchObject({ imported: 1 });
    expect(await importMarkdown(strToU8(text))).toMatchObject({ imported: 0, skipped: 1 });
    const [entry] = await allEntries();
    expect(entry).toMatchObject({ title: 'Late one', entryDate: '2020-08-29' });
  });
});
