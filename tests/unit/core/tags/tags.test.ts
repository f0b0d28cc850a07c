import { describe, expect, it } from 'vitest';
import type { Journal } from '../../../../electron/core/journal';
import { normalizeTagList, normalizeTagName } from '../../../../electron/core/tags/tagRules';
import { call, paragraphDoc, withCreatedJournal } from '../../helpers/tempJournal';

describe('tag rules', () => {
  it('trims names and makes inner runs of spaces one', () => {
    expect(normalizeTagName('  new   flat ')).toBe('new flat');
  });

  it('allows 1 to 40 characters, counting an emoji as one', () => {
    expect(normalizeTagName('a')).toBe('a');
    expect(normalizeTagName('😀'.repeat(40))).toBe('😀'.repeat(40));
    expect(() => normalizeTagName('x'.repeat(41))).toThrow(/at most 40/);
    expect(() => normalizeTagName('   ')).toThrow(/at least one/);
  });

  it('refuses commas and invisible characters', () => {
    expect(() => normalizeTagName('a,b')).toThrow(/comma/);
    expect(() => normalizeTagName('a\u200bb')).toThrow(/invisible/);
  });

  it('treats names differing only in case as one tag, keeping the first spelling', () => {
    expect(normalizeTagList(['Grief', 'grief', 'GRIEF', 'Work'])).toEqual(['Grief', 'Work']);
  });
});

describe('tags on entries', () => {
  let journal: Journal;
  withCreatedJournal((created) => (journal = created));
  const write = (entryDate: string, tags: string[] = []) =>
    call(journal, 'entries.create', { entryDate, doc: paragraphDoc('words') }).then((e) =>
      tags.length ? call(journal, 'entries.update', { id: e.id, tags }) : e,
    );
  const tagList = async () => (await call(journal, 'tags.list')).items;

  it("sets, answers and replaces an entry's tags; a name in another case joins the existing tag", async () => {
    const a = await write('2026-01-01', ['Grief', 'walks']);
    expect(a.tags).toEqual(['Grief', 'walks']);
    const b = await write('2026-01-02', ['grief']);
    expect(b.tags).toEqual(['Grief']);
    expect(await tagList()).toEqual([
      { name: 'Grief', count: 2 },
      { name: 'walks', count: 1 },
    ]);
    const replaced = await call(journal, 'entries.update', { id: a.id, tags: [] });
    expect(replaced.tags).toEqual([]);
    expect(await tagList()).toEqual([{ name: 'Grief', count: 1 }]);
  });

  it('refuses a bad tag with INVALID_INPUT and changes nothing', async () => {
    const a = await write('2026-01-01', ['kept']);
    const result = await journal.dispatch('entries.update', { id: a.id, tags: ['fine', 'x'.repeat(41)], favorite: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call(journal, 'entries.get', { id: a.id })).toMatchObject({ tags: ['kept'], favorite: false });
  });

  it("stars without bumping the version, so the open editor's next save is no CONFLICT", async () => {
    const a = await write('2026-01-01');
    const starred = await call(journal, 'entries.update', { id: a.id, favorite: true, tags: ['x'] });
    expect(starred).toMatchObject({ favorite: true, version: a.version });
    const saved = await journal.dispatch('entries.update', { id: a.id, doc: paragraphDoc('later'), baseVersion: a.version });
    expect(saved.ok).toBe(true);
  });

  it('renames a tag, and merges it onto a tag that already exists', async () => {
    await write('2026-01-01', ['sad']);
    await write('2026-01-02', ['grief', 'sad']);
    await write('2026-01-03', ['grief']);
    expect(await call(journal, 'tags.rename', { from: 'SAD', to: 'Sadness' })).toEqual({ name: 'Sadness', count: 2 });
    expect(await call(journal, 'tags.rename', { from: 'sadness', to: 'Grief' })).toEqual({ name: 'Grief', count: 3 });
    expect(await tagList()).toEqual([{ name: 'Grief', count: 3 }]);
    const missing = await journal.dispatch('tags.rename', { from: 'nope', to: 'x' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('deletes a tag from every entry and says from how many', async () => {
    const a = await write('2026-01-01', ['grief', 'walks']);
    await write('2026-01-02', ['grief']);
    expect(await call(journal, 'tags.delete', { name: 'Grief' })).toEqual({ removedFrom: 2 });
    expect((await call(journal, 'entries.get', { id: a.id })).tags).toEqual(['walks']);
  });

  it('counts only entries outside the Trash', async () => {
    const a = await write('2026-01-01', ['grief']);
    await write('2026-01-02', ['grief']);
    await call(journal, 'entries.trash', { id: a.id });
    expect(await tagList()).toEqual([{ name: 'grief', count: 1 }]);
  });

  it('filters the list by tag, favourite, template, closing mood and date range, combined, paging within the filter', async () => {
    const a = await write('2026-01-01', ['grief']);
    await write('2026-02-01', ['grief']);
    await write('2026-03-01');
    await call(journal, 'entries.update', { id: a.id, favorite: true });
    const dates = async (input: object) =>
      (await call(journal, 'entries.list', input)).items.map((e: { entryDate: string }) => e.entryDate);
    expect(await dates({ tag: 'GRIEF' })).toEqual(['2026-02-01', '2026-01-01']);
    expect(await dates({ favorite: true })).toEqual(['2026-01-01']);
    expect(await dates({ from: '2026-01-15', to: '2026-02-15' })).toEqual(['2026-02-01']);
    expect(await dates({ templateId: 'post-mortem' })).toEqual([]);
    await call(journal, 'entries.update', { id: a.id, mood: 2 });
    expect(await dates({ mood: [1, 2] })).toEqual(['2026-01-01']);
    expect(await dates({ mood: [2], tag: 'grief', favorite: true })).toEqual(['2026-01-01']);
    expect(await dates({ mood: [5] })).toEqual([]);
    const first = await call(journal, 'entries.list', { tag: 'grief', limit: 1 });
    expect(await dates({ tag: 'grief', limit: 1, cursor: first.nextCursor })).toEqual(['2026-01-01']);
    expect((await call(journal, 'entries.list', {})).items[2]!.tags).toEqual(['grief']);
  });
});
