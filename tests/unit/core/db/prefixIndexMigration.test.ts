import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate';
import { migrations } from '../../../../electron/core/db/migrations';
import { openEncryptedDatabase } from '../../../../electron/core/db/openDatabase';
import { searchEntries } from '../../../../electron/core/search/searchRepository';
import { makeTempDir } from '../../helpers/tempJournal';

describe('migration 0007 (prefix index)', () => {
  const temp = makeTempDir();
  afterEach(() => temp.cleanup());

  it('re-indexes a version-6 journal with 2- and 3-character prefix lists, and the index keeps up with later writes', () => {
    const db = openEncryptedDatabase(path.join(temp.dir, 'journal.db'), randomBytes(32));
    migrate(
      db,
      migrations.filter((m) => m.version <= 6),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    const insert = db.prepare(
      `INSERT INTO entries (id, entry_date, created_at, updated_at, title, doc, text) VALUES (?, '2025-01-01', 'c', 'u', ?, '{"type":"doc"}', ?)`,
    );
    insert.run('00000000-0000-4000-8000-000000000001', 'Stairs', 'we remembered the stairwell');
    insert.run('00000000-0000-4000-8000-000000000002', '', 'rain on the window');

    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const sql = (db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'entries_fts'`).get() as { sql: string }).sql;
    expect(sql).toContain("prefix='2 3'");
    expect(db.prepare(`INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)`).run().changes).toBeGreaterThanOrEqual(0);
    expect(searchEntries(db, { q: 'st' }).total).toBe(1);
    expect(searchEntries(db, { q: 'rememb*' }).total).toBe(1);
    expect(searchEntries(db, { q: 'wi' }).total).toBe(1);
    // One-lookup totals still read the vocabulary made again beside the index.
    expect(searchEntries(db, { q: 'rain ' }).total).toBe(1);

    insert.run('00000000-0000-4000-8000-000000000003', '', 'stale bread');
    expect(searchEntries(db, { q: 'st' }).total).toBe(2);
    db.prepare(`UPDATE entries SET text = 'nothing here' WHERE id = ?`).run('00000000-0000-4000-8000-000000000001');
    expect(searchEntries(db, { q: 'rememb*' }).total).toBe(0);
    db.close();
  });
});
