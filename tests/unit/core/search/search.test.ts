import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../../../electron/contract';
import type { Journal } from '../../../../electron/core/journal';
import { call, paragraphDoc, withCreatedJournal } from '../../helpers/tempJournal';
import { para, postMortemDoc } from '../../helpers/sampleEntries';

type Answer = MethodOutput<'search.query'>;
type Hit = Answer['items'][number];

const highlighted = (hit: Hit) => hit.highlights.map(([s, e]) => hit.snippet.slice(s, e));

describe('search.query', () => {
  let journal: Journal;
  withCreatedJournal((created) => (journal = created));
  const write = (title: string, text: string, entryDate = '2026-05-01') =>
    call(journal, 'entries.create', { title, entryDate, doc: paragraphDoc(text) });
  const search = (q: string, extra: Partial<MethodInput<'search.query'>> = {}) => call(journal, 'search.query', { q, ...extra });

  it('finds words in any order, highlights them in a plain-text snippet, and counts the total', async () => {
    await write('Tuesday', 'We talked in the kitchen until the rain stopped.');
    await write('Wednesday', 'Nothing about rooms today.');
    const answer = await search('rain kitchen ');
    expect(answer.total).toBe(1);
    expect(answer.items[0]).toMatchObject({ title: 'Tuesday', snippet: 'We talked in the kitchen until the rain stopped.' });
    expect(highlighted(answer.items[0]!)).toEqual(['kitchen', 'rain']);
  });

  it('searches titles but not template prompts', async () => {
    const entry = await call(journal, 'entries.create', { templateId: 'post-mortem' });
    await call(journal, 'entries.update', { id: entry.id, doc: postMortemDoc('He left in March.') });
    expect((await search('What happened ')).total).toBe(0);
    expect((await search('March ')).total).toBe(1);
    await write('Kitchen thoughts', 'plain words');
    expect((await search('kitchen ')).items.map((h) => h.title)).toEqual(['Kitchen thoughts']);
  });

  it('leaves out entries in the Trash', async () => {
    const entry = await write('Gone', 'a lighthouse');
    expect((await search('lighthouse')).total).toBe(1);
    await call(journal, 'entries.trash', { id: entry.id });
    expect((await search('lighthouse')).total).toBe(0);
    expect((await search('lighthouse ')).total).toBe(0);
  });

  it('folds accents and case, matches phrases, prefixes, the word being typed, and exclusions', async () => {
    await write('a', 'Coffee at the café with Zoë, then a walk home.');
    await write('b', 'A walk to the cafe, alone. Home by nine.');
    expect((await search('CAFE ')).total).toBe(2);
    expect((await search('zoe ')).total).toBe(1);
    expect((await search('"walk home"')).total).toBe(1);
    expect((await search('wal')).total).toBe(2);
    expect((await search('wal ')).total).toBe(0);
    expect((await search('walk -zoë ')).items.map((h) => h.entryDate)).toHaveLength(1);
    expect((await search('-cafe ')).total).toBe(0);
    const hit = (await search('cafe ')).items.find((h) => h.snippet.includes('café'))!;
    expect(highlighted(hit)).toEqual(['café']);
  });

  it('finds Japanese, Chinese and Thai substrings inside runs without spaces', async () => {
    await write('日記', 'キッチンで話した。');
    await write('中文', '我们在厨房里说话。');
    await write('ไทย', 'เราคุยกันในครัว');
    const ja = await search('キッチン');
    expect(ja.total).toBe(1);
    expect(highlighted(ja.items[0]!)).toEqual(['キッチン']);
    expect((await search('厨房')).total).toBe(1);
    expect((await search('在厨房里')).total).toBe(1);
    expect((await search('ในครัว')).total).toBe(1);
    expect((await search('キッチン -話した')).total).toBe(0);
  });

  it('filters by tag, favourite, template, mood and date, in the query or beside it', async () => {
    const a = await write('a', 'walked by the river', '2026-01-10');
    const b = await write('b', 'walked to work', '2026-03-10');
    await call(journal, 'entries.update', { id: a.id, tags: ['Grief'], favorite: true, mood: 2 });
    await call(journal, 'entries.update', { id: b.id, tags: ['work'], mood: 4 });
    expect((await search('walked tag:grief')).items.map((h) => h.id)).toEqual([a.id]);
    expect((await search('walked is:favorite')).items.map((h) => h.id)).toEqual([a.id]);
    expect((await search('walked', { filters: { mood: [4, 5] } })).items.map((h) => h.id)).toEqual([b.id]);
    expect((await search('walked', { filters: { from: '2026-02-01', to: '2026-12-31' } })).items.map((h) => h.id)).toEqual([b.id]);
    expect((await search('', { filters: { tags: ['WORK'] } })).items.map((h) => h.id)).toEqual([b.id]);
    expect((await search('tag:nothing-like-this')).total).toBe(0);
  });

  it('ranks the best match first, or newest first when asked', async () => {
    await write('old', 'river river river river', '2020-01-01');
    await write('new', 'a river once, among many other words about the day', '2026-01-01');
    expect((await search('river ')).items.map((h) => h.title)).toEqual(['old', 'new']);
    expect((await search('river ', { sort: 'newest' })).items.map((h) => h.title)).toEqual(['new', 'old']);
  });

  it('pages with a cursor, never skipping or repeating, in both sorts', async () => {
    for (let i = 0; i < 7; i++) await write(`n${i}`, `${'moss '.repeat(i + 1)} stone`, `2026-01-0${i + 1}`);
    for (const sort of ['relevance', 'newest'] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Answer = await search('moss ', { sort, limit: 3, cursor });
        expect(page.total).toBe(7);
        seen.push(...page.items.map((h) => h.title));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(7);
    }
    const wrongSort = await journal.dispatch('search.query', {
      q: 'moss ',
      sort: 'newest',
      cursor: (await search('moss ', { limit: 1 })).nextCursor,
    });
    expect(wrongSort).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers results or none, never an error, for what people type', async () => {
    await write('x', 'an ordinary day (mostly) — near the AND gate');
    for (const q of [
      '"',
      '"open quote',
      '*',
      '(',
      ')',
      ':',
      'NEAR',
      'AND',
      'OR',
      'NOT',
      '😀',
      '-',
      '--',
      'tag:',
      'is:',
      '"a" AND NOT (b',
      'near/3',
      '^day',
      '{a b}',
      "it's",
      '\\',
      '%',
      '_',
    ]) {
      const result = await journal.dispatch('search.query', { q });
      expect(result.ok, q).toBe(true);
    }
    expect((await search('(mostly')).total).toBe(1);
    expect((await search('NEAR ')).total).toBe(1);
  });

  it('keeps the snippet around the first match, cut between words', async () => {
    const long = `${'filler words here '.repeat(40)}the lighthouse keeper waved ${'and more after '.repeat(40)}`;
    await call(journal, 'entries.create', { doc: { type: 'doc', content: [para(long)] } });
    const [hit] = (await search('lighthouse ')).items;
    expect(hit!.snippet.startsWith('…')).toBe(true);
    expect(hit!.snippet.endsWith('…')).toBe(true);
    expect(hit!.snippet.length).toBeLessThanOrEqual(202);
    expect(highlighted(hit!)).toEqual(['lighthouse']);
    // Starts at the beginning of a word of the text (after a space), never in the middle of one.
    const firstWord = hit!.snippet.slice(1).split(' ')[0]!;
    expect(['filler', 'words', 'here']).toContain(firstWord);
  });
});
