// Schema v2: templates (built-in and custom Tiptap documents) and the mood check at the start of a template session.
import type { Migration } from './index';

export const m0002Templates: Migration = {
  version: 2,
  name: 'templates',
  up(db) {
    db.exec(`
      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('builtin', 'custom')),
        doc TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        estimated_minutes INTEGER,
        mood_check INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      ALTER TABLE entries ADD COLUMN mood_before INTEGER CHECK (mood_before BETWEEN 1 AND 5);
    `);
  },
};
