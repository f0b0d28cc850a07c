// Schema v11: what a running import has added so far, so a cancel, a failure, a lock or a crash mid-import can take it all back.
import type { Migration } from './index';

export const m0011ImportLedger: Migration = {
  version: 11,
  name: 'import-ledger',
  up(db) {
    db.exec(`
      -- One row per thing an import added (kind: entry, tag, attachment, template, commitment; key: its id), written in the
      -- same transaction as the thing itself. Emptied when the import succeeds; rows found at unlock are an import that never
      -- finished, undone then. An entry's version is kept so that one the person edited meanwhile is kept, not undone.
      CREATE TABLE import_ledger (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        version INTEGER,
        PRIMARY KEY (kind, key)
      ) WITHOUT ROWID;
    `);
  },
};
