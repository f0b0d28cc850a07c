import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate';
import { registerJournalFunctions } from '../../../../electron/core/db/journalFunctions';
import { searchEntries } from '../../../../electron/core/search/searchRepository';
import { EntriesRepository } from '../../../../electron/core/entries/entriesRepository';
import { paragraphDoc } from '../../helpers/tempJournal';

/** A small seeded generator, so a failure names a string that fails again. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const PIECES = [
  '"',
  '*',
  '(',
  ')',
  ':',
  '-',
  '^',
  '+',
  '{',
  '}',
  '[',
  ']',
  ',',
  '.',
  '\\',
  '%',
  '_',
  "'",
  ' ',
  ' ',
  ' ',
  'NEAR',
  'AND',
  'OR',
  'NOT',
  'near/2',
  'tag:',
  'is:',
  'is:favorite',
  'tag:"',
  'café',
  'walk',
  'k',
  'キッチン',
  '厨',
  'ครัว',
  '😀',
  '👩‍👩‍👧',
  'e\u0301',
  '\u0000',
  '\u200d',
  '\t',
  '\n',
  '"a b',
  '*x',
  'x*',
  '--',
  'rank',
  'rowid',
  ';',
  "' OR 1=1 --",
];

describe('query fuzzer', () => {
  const db = new Database(':memory:');
  registerJournalFunctions(db);
  migrate(db);
  const entries = new EntriesRepository(db);
  for (const text of ['walk to the café', 'キッチンで話した', 'ครัว', 'near the rank and rowid of things'])
    entries.create({ entryDate: '2026-01-01', doc: paragraphDoc(text) });
  afterAll(() => db.close());

  it('turns 1,000 random strings into queries that never raise an SQL error', () => {
    const next = random(13);
    for (let i = 0; i < 1000; i++) {
      const length = 1 + Math.floor(next() * 8);
      const q = Array.from({ length }, () =>
        next() < 0.8 ? PIECES[Math.floor(next() * PIECES.length)] : String.fromCodePoint(Math.floor(next() * 0x2ffff)),
      ).join('');
      for (const sort of ['relevance', 'newest'] as const) {
        let answer;
        try {
          answer = searchEntries(db, { q, sort });
        } catch (error) {
          throw new Error(`query ${JSON.stringify(q)} (${sort}) failed: ${(error as Error).message}`);
        }
        expect(answer.total).toBeGreaterThanOrEqual(answer.items.length);
      }
    }
  });
});
