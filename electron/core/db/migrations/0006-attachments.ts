// Schema v6: pictures stored inside the encrypted journal, once per distinct content (sha256), referred to by id from documents.
import type { Migration } from './index';

export const m0006Attachments: Migration = {
  version: 6,
  name: 'attachments',
  up(db) {
    db.exec(`
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        mime TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        blob BLOB NOT NULL,
        created_at TEXT NOT NULL
      );
    `);
  },
};
