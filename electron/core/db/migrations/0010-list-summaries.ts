// Schema v10: an index holding every column of a list row except the document and its text, so a page of the entry list is read
// from index pages alone. In the table those columns sit after `doc` and `text`, and reaching them walks both values' overflow
// pages: three or four pages per row, each decrypted and authenticated, for a row that shows 160 characters.
import type { Migration } from './index';

export const m0010ListSummaries: Migration = {
  version: 10,
  name: 'list-summaries',
  up(db) {
    db.exec(`
      CREATE INDEX entries_summary ON entries (
        seq, id, entry_date, created_at, updated_at, title, preview, word_count, mood, mood_before,
        template_id, template_version, favorite, deleted_at, version
      );
    `);
  },
};
