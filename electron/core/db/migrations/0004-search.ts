// Schema v4: a trigram index for scripts without spaces, case-insensitive unique tag keys, and covering indexes for search and filters.
import { tagKey } from '../../tags/tagRules';
import type { Migration } from './index';

/** Tags written before the tag rules (imports): each gets its folded key; rows whose keys collide are merged onto the first. */
function keyExistingTags(db: Parameters<Migration['up']>[0]): void {
  const tags = db.prepare('SELECT id, name FROM tags ORDER BY id').all() as Array<{ id: number; name: string }>;
  const firstByKey = new Map<string, number>();
  for (const tag of tags) {
    const key = tagKey(tag.name);
    const first = firstByKey.get(key);
    if (first === undefined) {
      firstByKey.set(key, tag.id);
      db.prepare('UPDATE tags SET key = ? WHERE id = ?').run(key, tag.id);
      continue;
    }
    db.prepare('INSERT OR IGNORE INTO entry_tags (entry_seq, tag_id) SELECT entry_seq, ? FROM entry_tags WHERE tag_id = ?').run(
      first,
      tag.id,
    );
    db.prepare('DELETE FROM tags WHERE id = ?').run(tag.id);
  }
}

export const m0004Search: Migration = {
  version: 4,
  name: 'search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE entries_trigram USING fts5 (runs, content='', contentless_delete=1, tokenize='trigram');
      CREATE TRIGGER entries_trigram_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_trigram (rowid, runs) SELECT new.seq, r FROM (SELECT spaceless_runs(new.title, new.text) AS r) WHERE r <> '';
      END;
      CREATE TRIGGER entries_trigram_delete AFTER DELETE ON entries BEGIN
        DELETE FROM entries_trigram WHERE rowid = old.seq;
      END;
      CREATE TRIGGER entries_trigram_update AFTER UPDATE OF title, text ON entries BEGIN
        DELETE FROM entries_trigram WHERE rowid = old.seq;
        INSERT INTO entries_trigram (rowid, runs) SELECT new.seq, r FROM (SELECT spaceless_runs(new.title, new.text) AS r) WHERE r <> '';
      END;
      INSERT INTO entries_trigram (rowid, runs) SELECT seq, r FROM (SELECT seq, spaceless_runs(title, text) AS r FROM entries) WHERE r <> '';
      INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');
      -- How many entries hold each word, read in one lookup: the total of a one-word search without walking its matches.
      CREATE VIRTUAL TABLE entries_fts_vocab USING fts5vocab (entries_fts, 'row');

      ALTER TABLE tags ADD COLUMN key TEXT NOT NULL DEFAULT '';
      CREATE INDEX entry_tags_by_tag ON entry_tags (tag_id, entry_seq);
      -- Covering indexes: an entry's row holds its document and text, so reading a column stored after them (mood, favorite,
      -- deleted_at) walks the row's overflow pages. Filters and joins read these instead. entries_by_date keeps its name.
      DROP INDEX entries_by_date;
      CREATE INDEX entries_by_date ON entries (deleted_at, entry_date DESC, created_at DESC, id DESC, favorite, template_id, mood);
      CREATE INDEX entries_by_seq ON entries (seq, deleted_at, entry_date, created_at, id, favorite, template_id, mood);
    `);
    keyExistingTags(db);
    db.exec('CREATE UNIQUE INDEX tags_by_key ON tags (key)');
  },
};
