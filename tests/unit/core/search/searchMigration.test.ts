import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate';
import { migrations } from '../../../../electron/core/db/migrations';
import { openEncryptedDatabase } from '../../../../electron/core/db/openDatabase';
import { searchEntries } from '../../../../electron/core/search/searchRepository';
import { TagsRepository } from '../../../../electron/core/tags/tagsRepository';
import { makeTempDir } from '../../helpers/tempJournal';

describe('migration 0004 (search)', () => {
  const temp = makeTempDir();
  afterEach(() => temp.cleanup());

  it('indexes entries written before it, and merges tags that differed only in case (beyond ASCII, which the old NOCASE rule missed)', () => {
    const db = openEncryptedDatabase(path.join(temp.dir, 'journal.db'), randomBytes(32));
    migrate(
      db,
      migrations.filter((m) => m.version < 4),
    );
    const insert = db.prepare(
      `INSERT INTO entries (id, entry_date, created_at, updated_at, title, doc, text) VALUES (?, '2025-01-01', 'c', 'u', ?, '{"type":"doc"}', ?)`,
    );
    const seq1 = insert.run('00000000-0000-4000-8000-000000000001', 'Old kitchen', 'キッチンで話した').lastInsertRowid;
    const seq2 = insert.run('00000000-0000-4000-8000-000000000002', '', 'rain on the window').lastInsertRowid;
    db.prepare(`INSERT INTO tags (id, name) VALUES (1, 'Ärger'), (2, 'ärger')`).run();
    db.prepare('INSERT INTO entry_tags (entry_seq, tag_id) VALUES (?, 1), (?, 2)').run(seq1, seq2);

    migrate(db);
    expect(searchEntries(db, { q: 'キッチン' }).total).toBe(1);
    expect(searchEntries(db, { q: 'kitchen ' }).total).toBe(1);
    expect(searchEntries(db, { q: 'window ' }).total).toBe(1);
    expect(new TagsRepository(db).list()).toEqual([{ name: 'Ärger', count: 2 }]);
    db.prepare('DELETE FROM entries WHERE seq = ?').run(seq1);
    expect(searchEntries(db, { q: 'キッチン' }).total).toBe(0);
    expect(db.prepare('SELECT count(*) AS n FROM entry_tags WHERE entry_seq = ?').get(seq1)).toEqual({ n: 0 });
    db.close();
  });
});
