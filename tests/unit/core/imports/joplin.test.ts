// import.markdown on a real Joplin "Markdown + Front Matter" export: titles, dates, tags, a relative picture, a to-do.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DocNode, Entry } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { call, withCreatedJournal } from '../../helpers/tempJournal';

let journal: Journal;
withCreatedJournal((opened) => (journal = opened));

const ROOT = 'tests/fixtures/joplin/export';
/** The export folder zipped as a person would zip it. */
function zipped(): Uint8Array {
  const files: Zippable = {};
  for (const name of readdirSync(ROOT, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(ROOT, name);
    if (statSync(full).isFile()) files[`export/${name.split(path.sep).join('/')}`] = new Uint8Array(readFileSync(full));
  }
  return zipSync(files);
}
async function allEntries(): Promise<Entry[]> {
  const { items } = await call(journal, 'entries.list', { limit: 50 });
  return Promise.all(items.map((item) => call(journal, 'entries.get', { id: item.id })));
}
const textOf = (node: DocNode): string => node.text ?? (node.content ?? []).map(textOf).join('\n');
const types = (node: DocNode): string[] => [node.type, ...(node.content ?? []).flatMap(types)];

describe('import.markdown: a real Joplin export (Markdown + Front Matter)', () => {
  it('imports each note with its title, created date, tags and attached picture', async () => {
    const report = await call(journal, 'import.markdown', { file: new Uint8Array(zipped()) });
    expect(report).toEqual({ imported: 3, skipped: 0, failed: [], pictures: 1 });
    const entries = await allEntries();
    const call1 = entries.find((e) => e.title === 'After the call')!;
    expect(call1.entryDate).toBe('2024-06-01');
    expect(call1.tags.sort()).toEqual(['evenings', 'grief']);
    expect(types(call1.doc)).toEqual(expect.arrayContaining(['image', 'taskList', 'blockquote']));
    expect(textOf(call1.doc)).toContain('We talked for an hour. I said the thing about');
    expect(textOf(call1.doc)).toContain('Not everything has to be fixed tonight.');
    const walk = entries.find((e) => e.title === 'Walk by the canal')!;
    expect(walk).toMatchObject({ entryDate: '2024-06-03', tags: [] });
    expect(textOf(walk.doc)).toBe('Cold, bright. Counted the herons: three.');
    // A to-do with no text is still brought in under its title: nothing a person wrote is dropped.
    expect(entries.map((e) => e.title)).toContain('Call Sam back');
  });
});
