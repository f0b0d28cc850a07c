// The filtered list reads its page's keys from the covering date index and only the page's rows; every page must be exactly
// what the obvious query (every row read, filtered, sorted) gives.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate';
import { openEncryptedDatabase } from '../../../../electron/core/db/openDatabase';
import { EntriesRepository } from '../../../../electron/core/entries/entriesRepository';
import { listEntries, type ListFilters } from '../../../../electron/core/entries/entriesList';
import { makeTempDir, paragraphDoc } from '../../helpers/tempJournal';
import { recordPlans } from '../../helpers/queryPlans';
import { seededRandom } from '../../helpers/seededRandom';

const TAGS = ['grief', 'work', 'Sleep'];

describe('the entry list with filters', () => {
  const temp = makeTempDir();
  const db = openEncryptedDatabase(path.join(temp.dir, 'journal.db'), randomBytes(32));
  migrate(db);
  const entries = new EntriesRepository(db);
  const random = seededRandom(13);
  db.transaction(() => {
    for (let i = 0; i < 900; i++) {
      // Few dates and creation times, so entries tie on both and the id decides their order.
      const entry = entries.create(
        {
          entryDate: `20${10 + Math.floor(random() * 12)}-0${1 + Math.floor(random() * 9)}-01`,
          doc: paragraphDoc(`entry ${i}`),
          mood: random() < 0.8 ? 1 + Math.floor(random() * 5) : null,
        },
        new Date(Date.UTC(2026, 0, 1, 0, 0, Math.floor(random() * 3))),
      );
      entries.update(entry.id, { favorite: random() < 0.2, tags: TAGS.filter(() => random() < 0.35) });
      if (i % 30 === 0) entries.trash(entry.id);
    }
  })();
  afterAll(() => {
    db.close();
    temp.cleanup();
  });

  /** The obvious answer: every live row, filtered in SQL over the table itself, newest first. */
  function obvious(where: string): string[] {
    return (
      db
        .prepare(
          `SELECT id FROM entries NOT INDEXED WHERE deleted_at IS NULL AND ${where} ORDER BY entry_date DESC, created_at DESC, id DESC`,
        )
        .all() as Array<{ id: string }>
    ).map((row) => row.id);
  }

  function allPages(filters: ListFilters): string[] {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = listEntries(db, filters, cursor, 17);
      ids.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return ids;
  }

  const taggedWith = (key: string) => `seq IN (SELECT entry_seq FROM entry_tags JOIN tags ON tags.id = tag_id WHERE tags.key = '${key}')`;

  it.each<[string, ListFilters, string]>([
    ['a tag and moods', { tag: 'grief', mood: [1, 2] }, `${taggedWith('grief')} AND mood IN (1, 2)`],
    ['a tag typed in another case', { tag: 'SLEEP' }, taggedWith('sleep')],
    [
      'favourites in a date range',
      { favorite: true, from: '2012-01-01', to: '2018-12-31' },
      `favorite = 1 AND entry_date BETWEEN '2012-01-01' AND '2018-12-31'`,
    ],
    ['nothing', {}, '1'],
  ])('pages through %s exactly as the obvious query', (_name, filters, where) => {
    const expected = obvious(where);
    expect(expected.length).toBeGreaterThan(17);
    expect(allPages(filters)).toEqual(expected);
  });

  it('answers every summary field as the entry itself has it, read from the summary index', () => {
    const listed = listEntries(db, {}, undefined, 1000).items;
    expect(listed.length).toBe(870);
    for (const item of listed) {
      const { doc: _doc, ...summary } = entries.get(item.id);
      expect(item).toEqual(summary);
    }
  });

  it('finds the keys in the covering date index and reads the page’s summaries from the summary index', () => {
    const first = listEntries(db, { tag: 'grief' }, undefined, 17);
    const plans = recordPlans(db);
    listEntries(db, { tag: 'grief', mood: [1, 2] }, first.nextCursor!, 17);
    const [keys, rows] = plans;
    expect(keys!.join('\n')).toMatch(
      /SEARCH entries USING COVERING INDEX entries_by_date \(deleted_at=\? AND \(entry_date,created_at,id\)<\(\?,\?,\?\)\)/,
    );
    expect(keys!.join('\n')).toMatch(/entry_tags_by_tag/);
    expect(rows!.join('\n')).toMatch(/SEARCH entries USING COVERING INDEX entries_summary \(seq=\?\)/);
  });
});
