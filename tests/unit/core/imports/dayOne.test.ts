// import.dayOne on real Day One exports (Android 2024.14, iOS 1.0): dates in the entry's zone, escapes, pictures by md5, reports.
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AppEvent, Entry, Result } from '../../../../electron/contract';
import { dayOneEntry } from '../../../../electron/core/imports/dayOneEntry';
import type { ImportedEntry } from '../../../../electron/core/imports/importTypes';
import type { Journal } from '../../../../electron/core/journal';
import { call, withCreatedJournal } from '../../helpers/tempJournal';
import { answerJson } from '../../helpers/sealedAnswer';

let journal: Journal;
withCreatedJournal((opened) => (journal = opened));

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/dayone/${name}`));
const importDayOne = (file: Uint8Array) => call(journal, 'import.dayOne', { file: new Uint8Array(file) });

async function allEntries(): Promise<Entry[]> {
  const { items } = await call(journal, 'entries.list', { limit: 200 });
  return Promise.all(items.map((item) => call(journal, 'entries.get', { id: item.id })));
}
const byTitle = (entries: Entry[], title: string) => entries.find((e) => e.title === title)!;
const textOf = (node: { text?: string; content?: unknown[] }): string =>
  node.text ?? (node.content ?? []).map((c) => textOf(c as never)).join('\n');
const images = (node: { type: string; attrs?: Record<string, unknown>; content?: unknown[] }): string[] =>
  node.type === 'image' ? [String(node.attrs?.src)] : (node.content ?? []).flatMap((c) => images(c as never));

describe('import.dayOne: Android export (metadata.version 2024.14)', () => {
  it('imports every entry with its date, title, tags, favourite and picture, and reports the one missing picture', async () => {
    const report = await importDayOne(fixture('Export-Tagebuch.zip'));
    expect(report).toMatchObject({ imported: 7, skipped: 0, pictures: 1 });
    expect(report.failed).toEqual([
      { where: 'Tagebuch.json, entry 2', reason: expect.stringContaining('21D276EF338848BA9811C0E64068D84A') },
    ]);
    const entries = await allEntries();
    const note = byTitle(entries, 'Test note');
    // 2024-07-23T03:58:28Z is 05:58 in Europe/Berlin.
    expect(note.entryDate).toBe('2024-07-23');
    expect(images(note.doc)).toEqual([expect.stringMatching(/^attachment:[0-9a-f-]{36}$/)]);
    const kinds = (note.doc.content ?? []).map((n) => n.type);
    expect(kinds).toEqual(
      expect.arrayContaining(['bulletList', 'blockquote', 'codeBlock', 'horizontalRule', 'orderedList', 'taskList', 'heading']),
    );
    expect(entries.filter((e) => e.favorite).map((e) => textOf(e.doc))).toEqual([
      expect.stringContaining('Another note not starting with H1 header'),
    ]);
    const exported = await answerJson(await call(journal, 'export.json', { scope: { all: true } }));
    const tagsOf = (title: string) => exported.entries.find((e: { title: string }) => e.title === title).tags;
    expect(tagsOf('Test note').sort()).toEqual(['another-Example_tag', 'example tag']);
    // pinned is not a favourite: favourites are the entries starred in Day One.
    expect(byTitle(entries, 'Pinned note').favorite).toBe(false);
    expect(byTitle(entries, '👋 Dies ist dein Day One').entryDate).toBe('2024-07-22');
  });

  it("keeps each entry's id, so importing the same export again adds nothing", async () => {
    await importDayOne(fixture('Export-Tagebuch.zip'));
    const again = await importDayOne(fixture('Export-Tagebuch.zip'));
    expect(again).toMatchObject({ imported: 0, skipped: 7 });
    expect(await call(journal, 'attachments.usage')).toMatchObject({ pictures: 1 });
  });
});

describe('import.dayOne: iOS export (metadata.version 1.0)', () => {
  it("takes the day in the entry's own time zone, drops Apple's escapes and keeps place and weather as a closing line", async () => {
    const report = await importDayOne(fixture('Cairns-ios.zip'));
    expect(report).toMatchObject({ imported: 117, skipped: 0, pictures: 2 });
    // 115 entries' photos were left out of the fixture on purpose: each one is reported, none stops the import.
    expect(report.failed.length).toBeGreaterThan(100);
    expect(report.failed.every((f) => /^Journal\.json, entry \d+$/.test(f.where) && f.reason.includes('not in the export'))).toBe(true);
    const entries = await allEntries();
    const packed = byTitle(entries, 'All packed up finally .. still checking on weather ...');
    expect(packed.entryDate).toBe('2021-03-03');
    expect(textOf(packed.doc)).toContain('Cairns here we come. Gud nit canberra.');
    expect(textOf(packed.doc)).not.toContain('\\');
    expect(textOf(packed.doc)).toContain('Wanniassa, ACT, Australia · Mostly Clear, 12 °C');
    expect(textOf(packed.doc)).not.toContain('Guthridge');
    // 2021-03-03T18:34:56Z is the morning of 4 March in Sydney: the writer's day, not UTC's.
    expect(byTitle(entries, 'Tea starts your day').entryDate).toBe('2021-03-04');
  });
});

const androidLike = (over: Record<string, unknown>) => ({
  uuid: '11112222333344445555666677778888',
  creationDate: '2024-01-10T02:30:00Z',
  timeZone: 'America/New_York',
  text: 'Hello',
  ...over,
});

describe('dayOneEntry rules', () => {
  const convert = (raw: Record<string, unknown>) => dayOneEntry(raw, 'J.json, entry 1') as ImportedEntry;

  it("puts an evening entry in New York on its own day, and keeps an all-day entry's day", () => {
    expect(convert(androidLike({})).entryDate).toBe('2024-01-09');
    expect(convert(androidLike({ creationDate: '2024-01-10T00:00:00Z', isAllDay: true })).entryDate).toBe('2024-01-10');
  });

  it('removes a backslash only before punctuation (Android does not escape; Windows paths survive)', () => {
    const text = textOf(convert(androidLike({ text: 'It ended\\. Really\\! \\- not a list \\(maybe\\) C:\\Users\\me' })).doc);
    expect(text).toBe('It ended. Really! - not a list (maybe) C:\\Users\\me');
  });

  it('falls back to richText when text is missing, and to text when richText does not parse', () => {
    const rich = JSON.stringify({ contents: [{ text: 'From rich text\n' }, { text: 'second line' }] });
    expect(textOf(convert(androidLike({ text: undefined, richText: rich })).doc)).toContain('From rich text');
    expect(textOf(convert(androidLike({ text: '', richText: 'not json' })).doc)).toBe('');
    expect(textOf(convert(androidLike({ text: 'test text', richText: 'test rich text' })).doc)).toBe('test text');
  });

  it('turns video, audio and PDF moments into a short note naming the file, never a broken link', () => {
    const raw = JSON.parse(new TextDecoder().decode(zipEntry('dayone-to-obsidian.zip', 'MyJournal.json'))).entries[0];
    raw.text =
      'Clip ![](dayone-moment:/video/B279A2C2A9EDFF3F52696205C8156B86)\n\n![](dayone-moment:/audio/9598ACB0F64F0D624435BC683B867B47)\n\n![](dayone-moment:/pdfAttachment/6BACD6B99D95FD540D7C9BD8C90564C5)';
    const text = textOf(convert(raw).doc);
    expect(text).toContain('[Video: 62bb62c6ccb2571f2270dc5abfdf7f94.mp4, not imported]');
    expect(text).toContain('[Audio recording: a2c335fa03eb95c9a5444ff862ffd839, not imported]');
    expect(text).toContain('[PDF: bccec75c303608619bc641f3c90b135a, not imported]');
    expect(images(convert(raw).doc)).toEqual([]);
  });

  it('keeps the id stable and refuses entries with no uuid or no readable date, by name', () => {
    expect(convert(androidLike({})).id).toBe(convert(androidLike({ text: 'changed' })).id);
    expect(dayOneEntry({ creationDate: '2024-01-01T00:00:00Z' }, 'w')).toEqual({ where: 'w', reason: 'The entry has no uuid.' });
    expect(dayOneEntry({ uuid: 'A', creationDate: 'yesterday' }, 'w')).toEqual({
      where: 'w',
      reason: 'The entry has no readable creationDate.',
    });
  });
});

function zipEntry(zip: string, name: string): Uint8Array {
  return unzipSync(fixture(zip))[name]!;
}

describe('import.dayOne: one bad entry, cancel, progress', () => {
  const exportWith = (entries: unknown[]) =>
    zipSync({ 'Journal.json': strToU8(JSON.stringify({ metadata: { version: '2099.1' }, entries })) });

  it('reports each entry it cannot read and imports the rest in one go', async () => {
    const good = (n: number) => androidLike({ uuid: `AAAABBBBCCCCDDDDEEEEFFFF0000000${n}`, text: `# Entry ${n}\n\nWords ${n}` });
    const report = await importDayOne(
      exportWith([good(1), { text: 'no uuid' }, 'not an entry', good(2), { uuid: 'X', creationDate: 'soon' }]),
    );
    expect(report).toEqual({
      imported: 2,
      skipped: 0,
      pictures: 0,
      failed: [
        { where: 'Journal.json, entry 2', reason: 'The entry has no uuid.' },
        { where: 'Journal.json, entry 3', reason: 'The entry is not an object.' },
        { where: 'Journal.json, entry 5', reason: 'The entry has no readable creationDate.' },
      ],
    });
    expect((await allEntries()).map((e) => e.title).sort()).toEqual(['Entry 1', 'Entry 2']);
  });

  it('refuses a file that is not a Day One export and changes nothing', async () => {
    const result = (await journal.dispatch('import.dayOne', { file: strToU8('{"hello": 1}') })) as Result<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('Day One') } });
  });

  it('sends progress while it reads, and a Cancel leaves the journal exactly as it was', async () => {
    const events: AppEvent[] = [];
    journal.onEvent((event) => events.push(event));
    const many: Array<Record<string, unknown>> = Array.from({ length: 400 }, (_, i) =>
      androidLike({ uuid: `ABCDEF${String(i).padStart(26, '0')}`, text: `Entry ${i}` }),
    );
    // The first entry's photo takes sharp a while: the Cancel arrives while the import is under way.
    Object.assign(many[0]!, { text: '![](dayone-moment://P1)', photos: [{ identifier: 'P1', md5: 'ef43abe9582131d432f20dcc68e326aa' }] });
    const photo = 'photos/ef43abe9582131d432f20dcc68e326aa.jpeg';
    const withPhoto = zipSync({ 'Journal.json': strToU8(JSON.stringify({ entries: many })), [photo]: zipEntry('Cairns-ios.zip', photo) });
    const running = journal.dispatch('import.dayOne', { file: withPhoto });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call(journal, 'import.cancel');
    expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await allEntries()).toEqual([]);
    expect(await call(journal, 'attachments.usage')).toMatchObject({ pictures: 0 });
    const finished = await importDayOne(withPhoto);
    expect(finished).toMatchObject({ imported: 400, pictures: 1 });
    const progress = events.filter((e) => e.name === 'import.progress').map((e) => e.progress!);
    expect(progress.length).toBeGreaterThan(4);
    expect(progress).toContainEqual({ done: 400, total: 400 });
    expect(progress.at(-1)).toEqual({ done: 400, total: 400, stage: 'adding' });
  });
});
