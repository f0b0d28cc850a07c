// Schema v7: the word index gains prefix indexes for 2- and 3-character prefixes, so a short partial word ("st" while typing
// "stairs") reads one prepared list instead of merging the lists of every word it starts (a thousand, in a long journal).
import type { Migration } from './index';

export const m0007PrefixIndex: Migration = {
  version: 7,
  name: 'prefix-index',
  up(db) {
    // FTS5 fixes its options at creation: the index is made again under the same name (the triggers on `entries` name it,
    // so they keep working) and rebuilt from the entries, then merged into one segment.
    db.exec(`
      DROP TABLE entries_fts_vocab;
      DROP TABLE entries_fts;
      CREATE VIRTUAL TABLE entries_fts USING fts5 (
        title, text, content='entries', content_rowid='seq', tokenize='unicode61 remove_diacritics 2', prefix='2 3'
      );
      INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');
      INSERT INTO entries_fts (entries_fts) VALUES ('optimize');
      CREATE VIRTUAL TABLE entries_fts_vocab USING fts5vocab (entries_fts, 'row');
    `);
  },
};
