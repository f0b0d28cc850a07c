// Long imports add entries in short transactions: progress and a Cancel reach them, saves are answered meanwhile, and a cancel,
// a late failure or a lock takes back everything the import added, leaving every row of the journal as it was.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AppEvent, Result } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { journalRows } from '../../helpers/journalRows';
import { pngPicture } from '../../helpers/pictures';
import { para } from '../../helpers/sampleEntries';
import { call, createJournalForTest } from '../../helpers/tempJournal';

const PASSPHRASE = 'correct horse battery';
const ENTRIES = 1500;
const uuid = (n: number) => `8b0b5c1e-52a4-4e38-9a55-${n.toString(16).padStart(12, '0')}`;
const PICTURE_ID = uuid(99_999);

/** An export of ENTRIES entries: each tagged with a tag the journal has and one it lacks, the first showing a picture. */
async function exportFile(lastTags: string[] = ['walks']): Promise<Uint8Array> {
  const entries = Array.from({ length: ENTRIES }, (_, n) => ({
    id: uuid(n + 1),
    entryDate: `20${String(10 + (n % 15)).padStart(2, '0')}-0${(n % 9) + 1}-1${n % 10}`,
    createdAt: '2026-01-02T08:00:00.000Z',
    updatedAt: '2026-01-02T09:00:00.000Z',
    title: `Imported ${n}`,
    mood: (n % 5) + 1,
    templateId: null,
    templateVersion: null,
    favorite: n % 7 === 0,
    version: 1,
    tags: n === ENTRIES - 1 ? lastTags : ['walks', `harbour-${n % 5}`],
    doc: {
      type: 'doc',
      content:
        n === 0
          ? [{ type: 'image', attrs: { src: `attachment:${PICTURE_ID}`, alt: '' } }]
          : [para(`zephyrquill evening ${n}: the bus home, the rain, what I meant to say.`)],
    },
  }));
  const data = (await pngPicture(30, 20)).toString('base64');
  const attachments = [{ id: PICTURE_ID, mimeType: 'image/png', width: 30, height: 20, data }];
  const file = { format: 'afterword-journal', version: 1, exportedAt: '2026-01-03T00:00:00Z', entries, attachments };
  return new TextEncoder().encode(JSON.stringify(file));
}

/** A journal with writing of its own: two entries, one tagged, one with a picture. */
async function journalOfMine(): Promise<{ journal: Journal; dir: string; mine: string }> {
  const { journal, dir } = await createJournalForTest(PASSPHRASE);
  const picture = await call(journal, 'attachments.put', { file: new Uint8Array(await pngPicture(12, 9)) });
  const first = await call(journal, 'entries.create', {
    entryDate: '2026-02-02',
    title: 'Mine',
    doc: { type: 'doc', content: [para('mine')] },
  });
  await call(journal, 'entries.update', { id: first.id, tags: ['walks'] });
  await call(journal, 'entries.create', {
    entryDate: '2026-02-03',
    doc: { type: 'doc', content: [{ type: 'image', attrs: { src: `attachment:${picture.id}`, alt: '' } }] },
  });
  return { journal, dir, mine: first.id };
}

/** An Obsidian-like vault of ENTRIES notes, each tagged with a tag the journal has and one it lacks. */
function markdownVault(): Uint8Array {
  const files: Zippable = {};
  for (let n = 0; n < ENTRIES; n++)
    files[`vault/Daily/note ${n}.md`] = strToU8(`---\ntags: [walks, pier-${n % 5}]\n---\n# Note ${n}\n\nzephyrquill by the pier ${n}.\n`);
  return zipSync(files);
}

/** Runs an import (import.json unless told), calling `during` once, at the first progress after some entries were added (batches already committed). */
async function importWith(
  journal: Journal,
  file: Uint8Array,
  during: () => void,
  method: 'import.json' | 'import.markdown' = 'import.json',
): Promise<{ result: Result<unknown>; events: AppEvent[] }> {
  const events: AppEvent[] = [];
  let fired = false;
  const stop = journal.onEvent((event) => {
    events.push(event);
    const progress = event.progress;
    if (!fired && progress?.stage === 'adding' && progress.done >= 300) {
      fired = true;
      during();
    }
  });
  try {
    return { result: await journal.dispatch(method, { file }), events };
  } finally {
    stop();
  }
}

const searchHits = async (journal: Journal) => (await call(journal, 'search.query', { q: 'zephyrquill' })).items.length;

describe('a long import, in short transactions', () => {
  it('reports checking then adding, and adds every entry, tag and picture', async () => {
    const { journal } = await journalOfMine();
    const { result, events } = await importWith(journal, await exportFile(), () => undefined);
    expect(result).toMatchObject({ ok: true, value: { imported: ENTRIES, skipped: 0 } });
    const progress = events.filter((e) => e.name === 'import.progress').map((e) => e.progress!);
    expect(progress[0]).toEqual({ done: 0, total: 1000, stage: 'checking' });
    expect(progress.filter((p) => p.stage === 'adding').length).toBeGreaterThan(2);
    expect(progress.at(-1)).toEqual({ done: ENTRIES, total: ENTRIES, stage: 'adding' });
    expect((await call(journal, 'tags.list')).items.map((t) => t.name)).toEqual([
      'harbour-0',
      'harbour-1',
      'harbour-2',
      'harbour-3',
      'harbour-4',
      'walks',
    ]);
    expect((await call(journal, 'attachments.usage')).pictures).toBe(2);
  });

  it('a Cancel after batches were committed leaves every row of the journal as it was', async () => {
    const { journal, dir } = await journalOfMine();
    const before = await journalRows(dir, PASSPHRASE);
    const { result } = await importWith(journal, await exportFile(), () => void journal.dispatch('import.cancel', {}));
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED', message: 'Import cancelled. Nothing was imported.' } });
    expect(await journalRows(dir, PASSPHRASE)).toEqual(before);
    expect(await searchHits(journal)).toBe(0);
  });

  it('a Cancel while a Markdown import adds its entries leaves every row of the journal as it was too', async () => {
    const { journal, dir } = await journalOfMine();
    const before = await journalRows(dir, PASSPHRASE);
    const cancel = () => void journal.dispatch('import.cancel', {});
    const { result, events } = await importWith(journal, markdownVault(), cancel, 'import.markdown');
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(events.some((e) => e.progress?.stage === 'adding' && e.progress.done >= 300)).toBe(true);
    expect(await journalRows(dir, PASSPHRASE)).toEqual(before);
    expect(await searchHits(journal)).toBe(0);
  });

  it('a failure in the last batch leaves every row of the journal as it was', async () => {
    const { journal, dir } = await journalOfMine();
    const before = await journalRows(dir, PASSPHRASE);
    // A comma passes the file's schema but not the journal's tag rules, which run as the last entry is added.
    const { result, events } = await importWith(journal, await exportFile(['late, refused']), () => undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/cannot contain a comma/) } });
    expect(events.some((e) => e.progress?.stage === 'adding' && e.progress.done >= ENTRIES - 100)).toBe(true);
    expect(await journalRows(dir, PASSPHRASE)).toEqual(before);
    expect(await searchHits(journal)).toBe(0);
  });

  it('a lock mid-import stops it, and the next unlock takes back what it had added', async () => {
    const { journal, dir } = await journalOfMine();
    const before = await journalRows(dir, PASSPHRASE);
    const { result } = await importWith(journal, await exportFile(), () => journal.lock('user'));
    expect(result.ok).toBe(false);
    await call(journal, 'vault.unlock', { passphrase: PASSPHRASE });
    expect(await journalRows(dir, PASSPHRASE)).toEqual(before);
    expect(await searchHits(journal)).toBe(0);
  });

  it('answers a save while the import is still adding entries', async () => {
    const { journal, mine } = await journalOfMine();
    const timeline: string[] = [];
    let save: Promise<unknown> = Promise.resolve();
    const importing = importWith(journal, await exportFile(), () => {
      timeline.push('save sent');
      save = call(journal, 'entries.update', { id: mine, title: 'Saved mid-import' }).then(() => timeline.push('save answered'));
    });
    const stop = journal.onEvent((event) => event.progress?.stage === 'adding' && timeline.push('progress'));
    const { result } = await importing;
    stop();
    await save;
    timeline.push('import answered');
    expect(result.ok).toBe(true);
    // The save was answered before the import's later batches, not after the whole import.
    expect(timeline.slice(timeline.indexOf('save answered'))).toContain('progress');
    expect((await call(journal, 'entries.get', { id: mine })).title).toBe('Saved mid-import');
  });
});
