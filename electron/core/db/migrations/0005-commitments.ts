// Schema v5: commitments (from entries' checklists or added by hand), their earlier wordings, and one check-in per commitment and day.
import type { Migration } from './index';

export const m0005Commitments: Migration = {
  version: 5,
  name: 'commitments',
  up(db) {
    db.exec(`
      CREATE TABLE commitments (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL,
        entry_id TEXT,
        item_id TEXT,
        rhythm TEXT NOT NULL,
        ends_on TEXT,
        starts_on TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
        retired_reason TEXT CHECK (retired_reason IN ('writer', 'removed')),
        created_at TEXT NOT NULL,
        retired_at TEXT,
        UNIQUE (entry_id, item_id)
      );
      CREATE INDEX commitments_by_status ON commitments (status, created_at);

      CREATE TABLE commitment_revisions (
        id INTEGER PRIMARY KEY,
        commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        until TEXT NOT NULL
      );
      CREATE INDEX commitment_revisions_by_commitment ON commitment_revisions (commitment_id, id);

      CREATE TABLE check_ins (
        commitment_id TEXT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('kept', 'partly', 'missed')),
        note TEXT,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (commitment_id, date)
      ) WITHOUT ROWID;
      CREATE INDEX check_ins_by_date ON check_ins (date);
    `);
  },
};
