// Schema v1: entries with full-text search kept by triggers, tags and settings.
import type { Migration } from './index';

export const m0001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE entries (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        entry_date TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        doc TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        preview TEXT NOT NULL DEFAULT '',
        word_count INTEGER NOT NULL DEFAULT 0,
        mood INTEGER CHECK (mood BETWEEN 1 AND 5),
        template_id TEXT,
        template_version INTEGER,
        favorite INTEGER NOT NULL DEFAULT 0,
        deleted_at TEXT,
        version INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX entries_by_date ON entries (deleted_at, entry_date DESC, created_at DESC, id);

      CREATE VIRTUAL TABLE entries_fts USING fts5 (title, text, content='entries', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entries_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, text ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO entries_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;

      CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE);
      CREATE TABLE entry_tags (
        entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        PRIMARY KEY (entry_seq, tag_id)
      );

      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `);
  },
};
