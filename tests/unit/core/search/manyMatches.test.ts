import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate';
import { registerJournalFunctions } from '../../../../electron/core/db/journalFunctions';
import { EntriesRepository } from '../../../../electron/core/entries/entriesRepository';
import { RANK_LIMIT, searchEntries } from '../../../../electron/core/search/searchRepository';
import { DENSE } from '../../../../electron/core/search/searchKeys';
import { paragraphDoc } from '../../helpers/tempJournal';

describe('a word found in many entries', () => {
  const db = new Database(':memory:');
  registerJournalFunctions(db);
  migrate(db);
  const entries = new EntriesRepository(db);
  // Past both thresholds: too many to rank, and dense enough to probe entry by entry in date order.
  const count = Math.max(RANK_LIMIT, DENSE) + 100;
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const entry = entries.create({
        entryDate: `20${String(10 + (i % 15))}-01-${String(1 + (i % 28)).padStart(2, '0')}`,
        doc: paragraphDoc(`moss ${i}`),
      });
      if (i % 100 === 0) entries.trash(entry.id);
    }
  })();
  afterAll(() => db.close());
  const live = count - Math.ceil(count / 100);

  it('counts matches outside the Trash, for one word and for a prefix', () => {
    expect(searchEntries(db, { q: 'moss ' }).total).toBe(live);
    expect(searchEntries(db, { q: 'mos' }).total).toBe(live);
  });

  it('lists them newest first (too many to rank), paging through all without repeats', () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    let previous = '9999';
    do {
      const page = searchEntries(db, { q: 'moss ', limit: 100, cursor });
      expect(page.sort).toBe('newest');
      for (const hit of page.items) {
        expect(hit.entryDate <= previous).toBe(true);
        previous = hit.entryDate;
        seen.add(hit.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(live);
  });
});
