// export.json → import.json into a new journal: every entry comes back byte for byte; bad files are refused whole.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { call, createJournalForTest } from '../../helpers/tempJournal';
import { answerBytes, answerJson } from '../../helpers/sealedAnswer';
import { para, postMortemDoc, unicodeDoc } from '../../helpers/sampleEntries';

const newJournal = async () => (await createJournalForTest()).journal;

const exportAll = (journal: Journal) => call(journal, 'export.json', { scope: { all: true } });
const entryOf = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  entryDate: '2026-01-02',
  createdAt: '2026-01-02T08:00:00.000Z',
  updatedAt: '2026-01-02T09:00:00.000Z',
  title: 'Imported',
  mood: 2,
  templateId: null,
  templateVersion: null,
  favorite: false,
  version: 3,
  tags: [],
  doc: { type: 'doc', content: [para('hello')] },
  ...over,
});
const fileOf = (entries: unknown[]) =>
  new TextEncoder().encode(JSON.stringify({ format: 'afterword-journal', version: 1, exportedAt: '2026-01-03T00:00:00Z', entries }));

describe('JSON export and import', () => {
  it('round-trips every entry byte for byte in document and metadata', async () => {
    const source = await newJournal();
    const a = await call(source, 'entries.create', {
      entryDate: '2026-03-03',
      title: 'The evening it ended',
      doc: postMortemDoc('It was over.'),
      mood: 2,
    });
    await call(source, 'entries.update', { id: a.id, favorite: true, tags: ['grief', 'Évora walks'] });
    await call(source, 'entries.create', { entryDate: '2026-03-04', title: 'Lettres — שלום', doc: unicodeDoc() });
    // No title and no words, but a mood: written in, so kept and exported (an untouched entry is not, see discardUntouched.test.ts).
    await call(source, 'entries.create', { entryDate: '2026-02-01', title: '', mood: 3 });
    await call(source, 'entries.create', { entryDate: '2026-03-05', title: 'From the template', templateId: 'post-mortem', moodBefore: 1 });
    const custom = await call(source, 'templates.create', { name: 'Evening check-in', doc: postMortemDoc('') });
    const trashed = await call(source, 'entries.create', { entryDate: '2026-02-02', title: 'gone' });
    await call(source, 'entries.trash', { id: trashed.id });

    const exported = await exportAll(source);
    expect(exported.mimeType).toBe('application/json');
    expect(exported.fileName).toBe('Afterword 2026-02-01 to 2026-03-05.json');
    const bytes = await answerBytes(exported);
    const body = JSON.parse(new TextDecoder().decode(bytes));
    expect(body).toMatchObject({ format: 'afterword-journal', version: 1 });
    expect(body.entries.map((e: { entryDate: string }) => e.entryDate)).toEqual(['2026-02-01', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(body.entries[3]).toMatchObject({ templateId: 'post-mortem', extra: { mood_before: 1 } });
    expect(body.entries[1]).toMatchObject({ favorite: true, tags: ['grief', 'Évora walks'] });

    const target = await newJournal();
    // Built-in templates are already in the new journal; only the custom one is added.
    expect(await call(target, 'import.json', { file: bytes })).toEqual({
      imported: 4,
      skipped: 0,
      templatesImported: 1,
      commitmentsImported: 0,
    });
    expect(JSON.stringify(await call(target, 'templates.get', { id: custom.id }))).toBe(
      JSON.stringify(await call(source, 'templates.get', { id: custom.id })),
    );
    for (const original of body.entries) {
      const before = await call(source, 'entries.get', { id: original.id });
      const after = await call(target, 'entries.get', { id: original.id });
      expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    }
    expect((await answerJson(await exportAll(target))).entries).toEqual(body.entries);
  });

  it('skips entries already present, so importing the same file twice adds nothing', async () => {
    const journal = await newJournal();
    const file = fileOf([entryOf('8b0b5c1e-52a4-4e38-9a55-2a1f0f6f1a01', { tags: ['grief', 'Spring'] })]);
    expect(await call(journal, 'import.json', { file })).toMatchObject({ imported: 1, skipped: 0 });
    expect(await call(journal, 'import.json', { file })).toMatchObject({ imported: 0, skipped: 1 });
    expect((await answerJson(await exportAll(journal))).entries[0].tags).toEqual(['grief', 'Spring']);
  });

  it('refuses a malformed file whole, naming what is wrong, and changes nothing', async () => {
    const journal = await newJournal();
    const good = entryOf('8b0b5c1e-52a4-4e38-9a55-2a1f0f6f1a02');
    const bad = entryOf('8b0b5c1e-52a4-4e38-9a55-2a1f0f6f1a03', { entryDate: '2026-02-30' });
    const cases: Array<[Uint8Array, RegExp]> = [
      [fileOf([good, bad]), /entries\.1\.entryDate: not a real calendar date/],
      [new TextEncoder().encode('{"format": "something-else"'), /not valid JSON/],
      [
        new TextEncoder().encode(JSON.stringify({ format: 'other', version: 1, exportedAt: 'x', entries: [] })),
        /format: expected "afterword-journal"/,
      ],
      [fileOf([good, good]), /the same entry id appears twice/],
      [new Uint8Array([0xff, 0xfe, 0x00]), /not UTF-8/],
    ];
    for (const [file, message] of cases) {
      const result = (await journal.dispatch('import.json', { file })) as Result<unknown>;
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.message).toMatch(message);
        expect(result.error.message).toMatch(/Nothing was imported/);
      }
    }
    expect((await call(journal, 'entries.list')).items).toEqual([]);
  });
});
