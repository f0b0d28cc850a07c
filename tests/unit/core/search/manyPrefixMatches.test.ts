// A prefix with thousands of matches is checked entry by entry through the few words it starts (prefixWords.ts): every page,
// the order and the total must be exactly what the obvious query (FTS5's own prefix, every match listed) gives.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchFilters } from '../../../../electron/contract';
import { parseQuery } from '../../../../electron/contract/search/queryParser';
import { migrate } from '../../../../electron/core/db/migrate';
import { registerJournalFunctions } from '../../../../electron/core/db/journalFunctions';
import { EntriesRepository } from '../../../../electron/core/entries/entriesRepository';
import { probeMatch } from '../../../../electron/core/search/prefixWords';
import { DENSE } from '../../../../electron/core/search/searchKeys';
import { searchEntries } from '../../../../electron/core/search/searchRepository';
import { TagsRepository } from '../../../../electron/core/tags/tagsRepository';
import { paragraphDoc } from '../../helpers/tempJournal';
import { seededRandom } from '../../helpers/seededRandom';

const REMEMBER = ['remember', 'remembered', 'remembering'];
const KITCHEN = ['kitchen', 'kitchens'];
/** More words than prefixWords.ts expands: this prefix keeps the listing path. */
const NOTE = ['note', 'noted', 'notes', 'notebook', 'notebooks', 'noteworthy', 'notepad', 'notepads', 'notecard', 'notecards'];
const STAIRS = ['stairs', 'stone', 'still', 'steady'];
const OTHERS = ['felt', 'rain', 'quiet', 'letter'];

describe('a prefix found in many entries', () => {
  const db = new Database(':memory:');
  registerJournalFunctions(db);
  migrate(db);
  const entries = new EntriesRepository(db);
  const tags = new TagsRepository(db);
  const random = seededRandom(2026);
  const pick = (words: string[]) => words[Math.floor(random() * words.length)]!;
  const count = DENSE + 1500;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const words = [pick(OTHERS), pick(OTHERS), ...(random() < 0.95 ? [pick(REMEMBER)] : []), ...(random() < 0.9 ? [pick(KITCHEN)] : [])];
      if (random() < 0.85) words.push(pick(NOTE));
      if (random() < 0.85) words.push(pick(STAIRS));
      if (random() < 0.05) words.push(pick(['lighthouse', 'lighthouses']));
      // Few dates and creation times, so many entries tie on both and the id decides their order.
      const entry = entries.create(
        {
          entryDate: `20${10 + Math.floor(random() * 15)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 4)}`,
          doc: paragraphDoc(words.sort(() => random() - 0.5).join(' ')),
          mood: random() < 0.8 ? 1 + Math.floor(random() * 5) : null,
        },
        new Date(Date.UTC(2026, 0, 1, 0, 0, Math.floor(random() * 3))),
      );
      const { seq } = db.prepare('SELECT seq FROM entries WHERE id = ?').get(entry.id) as { seq: number };
      if (random() < 0.3) tags.setForEntry(seq, ['grief']);
      if (i % 40 === 0) entries.trash(entry.id);
    }
  })();
  afterAll(() => db.close());

  const statements: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    statements.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;

  /** The obvious answer: every live match of FTS5's own MATCH string, filtered, newest first. */
  function obvious(match: string, filters: { where?: string; params?: unknown[] } = {}): string[] {
    const rows = prepare(
      `SELECT id FROM entries WHERE deleted_at IS NULL AND seq IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?) ${filters.where ?? ''}
       ORDER BY entry_date DESC, created_at DESC, id DESC`,
    ).all(match, ...(filters.params ?? [])) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  /** Every page of the search, 97 at a time; the total each page reports. */
  function allPages(q: string, filters?: SearchFilters): { ids: string[]; totals: Set<number>; sorts: Set<string> } {
    const ids: string[] = [];
    const totals = new Set<number>();
    const sorts = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = searchEntries(db, { q, filters, limit: 97, cursor });
      ids.push(...page.items.map((hit) => hit.id));
      totals.add(page.total);
      sorts.add(page.sort);
      cursor = page.nextCursor;
    } while (cursor);
    return { ids, totals, sorts };
  }

  const probed = () => statements.some((sql) => sql.includes('MATCH ? AND rowid = seq)'));

  it.each([
    ['rememb*', '"rememb" *'],
    ['kitche', '"kitche" *'],
    ['rememb* kitche', '"rememb" * AND "kitche" *'],
    ['rememb* -stairs ', '"rememb" * NOT "stairs"'],
    ['st', '"st" *'],
  ])('pages through %s exactly as the obvious query, checking entry by entry', (q, match) => {
    const expected = obvious(match);
    expect(expected.length).toBeGreaterThan(1000);
    statements.length = 0;
    const { ids, totals, sorts } = allPages(q);
    expect(probed()).toBe(true);
    expect(sorts).toEqual(new Set(['newest']));
    expect(totals).toEqual(new Set([expected.length]));
    expect(ids).toEqual(expected);
  });

  it('checks a prefix as the few words it starts, and keeps one with too many words as a prefix', () => {
    expect(probeMatch(db, parseQuery('rememb*').words)).toBe('("remember" OR "remembered" OR "remembering")');
    expect(probeMatch(db, parseQuery('st').words)).toBe('"st" *');
    expect(probeMatch(db, parseQuery('zzzz*').words)).toBe('"zzzz" *');
    expect(probeMatch(db, parseQuery('note*').words)).toBeNull();
  });

  it('lists a prefix with too many words once, and still answers exactly', () => {
    const expected = obvious('"note" *');
    expect(expected.length).toBeGreaterThan(DENSE);
    statements.length = 0;
    const { ids, totals } = allPages('note*');
    expect(probed()).toBe(false);
    expect(totals).toEqual(new Set([expected.length]));
    expect(ids).toEqual(expected);
  });

  it('applies a tag, moods and a date range to the probed pages exactly as the obvious query', () => {
    const expected = obvious('"rememb" *', {
      where: `AND mood IN (1, 2) AND entry_date BETWEEN '2012-01-01' AND '2022-12-31'
        AND seq IN (SELECT entry_seq FROM entry_tags JOIN tags ON tags.id = tag_id WHERE tags.key = 'grief')`,
    });
    expect(expected.length).toBeGreaterThan(50);
    statements.length = 0;
    const { ids, totals } = allPages('rememb*', { tags: ['grief'], mood: [1, 2], from: '2012-01-01', to: '2022-12-31' });
    expect(probed()).toBe(true);
    expect(totals).toEqual(new Set([expected.length]));
    expect(ids).toEqual(expected);
  });

  it('ranks a prefix with few matches as before: best first by bm25, titles double', () => {
    const expected = (
      prepare(
        `SELECT id FROM entries JOIN entries_fts ON entries_fts.rowid = seq WHERE entries_fts MATCH '"lighthou" *' AND deleted_at IS NULL
         ORDER BY bm25(entries_fts, 2.0, 1.0), seq`,
      ).all() as Array<{ id: string }>
    ).map((row) => row.id);
    const { ids, totals, sorts } = allPages('lighthou');
    expect(sorts).toEqual(new Set(['relevance']));
    expect(totals).toEqual(new Set([expected.length]));
    expect(ids).toEqual(expected);
  });
});
