// import.json read entry by entry: tricky JSON text is read exactly, and a file that goes wrong late still changes nothing.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { pngPicture } from '../../helpers/pictures';
import { para } from '../../helpers/sampleEntries';
import { answerJson } from '../../helpers/sealedAnswer';
import { call, createJournalForTest } from '../../helpers/tempJournal';

const newJournal = async () => (await createJournalForTest()).journal;

const uuid = (n: number) => `8b0b5c1e-52a4-4e38-9a55-${n.toString(16).padStart(12, '0')}`;
const entryOf = (n: number, text = `entry ${n}`, over: Record<string, unknown> = {}) => ({
  id: uuid(n),
  entryDate: '2026-01-02',
  createdAt: `2026-01-02T08:00:${String(n % 60).padStart(2, '0')}.000Z`,
  updatedAt: '2026-01-02T09:00:00.000Z',
  title: `Entry ${n}`,
  mood: null,
  templateId: null,
  templateVersion: null,
  favorite: false,
  version: 1,
  tags: [],
  doc: { type: 'doc', content: [para(text)] },
  ...over,
});
const encode = (value: unknown, indent?: number) => new TextEncoder().encode(JSON.stringify(value, null, indent));
const fileOf = (entries: unknown[], more: Record<string, unknown> = {}) => ({
  format: 'afterword-journal',
  version: 1,
  exportedAt: '2026-01-03T00:00:00Z',
  entries,
  ...more,
});

/** What a journal holds, as export.json and the picture count show it. */
async function contents(journal: Journal): Promise<{ entries: unknown[]; pictures: number }> {
  const list = await call(journal, 'entries.list');
  const entries = list.items.length ? (await answerJson(await call(journal, 'export.json', { scope: { all: true } }))).entries : [];
  return { entries, pictures: (await call(journal, 'attachments.usage')).pictures };
}

async function refused(journal: Journal, file: Uint8Array): Promise<string> {
  const result = (await journal.dispatch('import.json', { file })) as Result<unknown>;
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.error.code).toBe('INVALID_INPUT');
  return result.error.message;
}

describe('import.json read entry by entry', () => {
  it('reads quotes, backslashes, brackets and other scripts inside strings exactly, whatever the spacing or a byte-order mark', async () => {
    const tricky = 'a "quoted" {brace} [bracket] \\ back\\slash \\" ] } , : שלום 日本語 🌊 \u0001 end\\';
    const journal = await newJournal();
    const file = fileOf([entryOf(1, tricky), entryOf(2, '}]},{[')], { futureMember: { nested: ['kept out', { a: 1 }] } });
    const compact = encode(file);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(file, 3), 0x0a, 0x20]);
    expect(await call(journal, 'import.json', { file: withBom })).toMatchObject({ imported: 2, skipped: 0 });
    expect(await call(journal, 'import.json', { file: compact })).toMatchObject({ imported: 0, skipped: 2 });
    const texts = (await contents(journal)).entries.map(
      (entry) => (entry as { doc: { content: Array<{ content: Array<{ text: string }> }> } }).doc,
    );
    expect(texts.map((doc) => doc.content[0]!.content[0]!.text)).toEqual([tricky, '}]},{[']);
  });

  it('changes nothing when the last of many entries is bad, the file is cut short, or text follows it', async () => {
    const journal = await newJournal();
    await call(journal, 'entries.create', { entryDate: '2026-02-02', title: 'Mine', doc: { type: 'doc', content: [para('mine')] } });
    const before = await contents(journal);
    const many = Array.from({ length: 300 }, (_, n) => entryOf(n + 10));
    const whole = encode(fileOf(many));
    const cases: Array<[Uint8Array, RegExp]> = [
      [encode(fileOf([...many, entryOf(999, 'x', { entryDate: '2026-02-30' })])), /entries\.300\.entryDate: not a real calendar date/],
      [encode(fileOf([...many, entryOf(10)])), /entries\.300\.id: the same entry id appears twice/],
      [whole.subarray(0, whole.length - 40), /not valid JSON/],
      [new Uint8Array([...whole, ...new TextEncoder().encode(' {}')]), /not valid JSON/],
      [new Uint8Array([...whole.subarray(0, 200), 0xc3, 0x28, ...whole.subarray(200)]), /not UTF-8/],
      [encode(fileOf(many, { templates: [{ id: 'x', doc: 'not json' }] })), /templates\[0\]\.doc: not a document/],
      [encode({ ...fileOf(many), entries: { not: 'an array' } }), /entries: .*expected array/],
      [
        encode(fileOf(many, { attachments: [{ id: uuid(1), mimeType: 'image/png', width: 1, height: 1, data: 'AAAA' }] })),
        /attachments\.0: not a readable picture/,
      ],
      [encode([1, 2]), /the file: .*expected object/],
      [encode({ version: 1, exportedAt: 'x', entries: [] }), /format: expected "afterword-journal"/],
    ];
    for (const [file, message] of cases)
      expect(await refused(journal, file)).toMatch(new RegExp(`${message.source}.*Nothing was imported`));
    expect(await contents(journal)).toEqual(before);
  });

  it('removes the pictures it stored when an entry is then refused inside the transaction', async () => {
    const journal = await newJournal();
    const data = (await pngPicture(30, 20)).toString('base64');
    const picture = { id: uuid(500), mimeType: 'image/png', width: 30, height: 20, data };
    const image = { type: 'doc', content: [{ type: 'image', attrs: { src: `attachment:${uuid(500)}`, alt: '' } }] };
    // A tag with a comma passes the file's schema but not the journal's tag rules, which run as the entry is inserted.
    const file = encode(fileOf([entryOf(1, 'x', { doc: image, tags: ['one, two'] })], { attachments: [picture] }));
    expect(await refused(journal, file)).toMatch(/cannot contain a comma/);
    expect(await contents(journal)).toEqual({ entries: [], pictures: 0 });
    // The same file with a tag the journal accepts stores the picture: the refusal above had stored it and taken it away again.
    const good = encode(fileOf([entryOf(1, 'x', { doc: image, tags: ['one'] })], { attachments: [picture] }));
    expect(await call(journal, 'import.json', { file: good })).toMatchObject({ imported: 1 });
    expect((await contents(journal)).pictures).toBe(1);
  });
});
