// Migration 0009 fills the per-day figures from a journal's existing entries, live ones only, and its triggers take over from there.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/core/db/migrate';
import { migrations } from '../../../../electron/core/db/migrations';
import { openEncryptedDatabase } from '../../../../electron/core/db/openDatabase';
import { statsSummary } from '../../../../electron/core/stats/statsSummary';
import { seededRandom } from '../../helpers/seededRandom';
import { makeTempDir } from '../../helpers/tempJournal';
import { expectStoredFiguresExact, recomputedSummary } from '../stats/recomputedSummary';

describe('migration 0009 (day figures)', () => {
  const temp = makeTempDir();
  afterEach(() => temp.cleanup());

  it('fills the day, week, month and run figures of a version-8 journal from its live entries, and they keep up with later writes', () => {
    const db = openEncryptedDatabase(path.join(temp.dir, 'journal.db'), randomBytes(32));
    migrate(
      db,
      migrations.filter((m) => m.version <= 8),
    );
    const insert = db.prepare(
      `INSERT INTO entries (id, entry_date, created_at, updated_at, doc, word_count, mood, mood_before, template_id, deleted_at)
       VALUES (?, ?, 'c', 'u', '{"type":"doc"}', ?, ?, ?, ?, ?)`,
    );
    const random = seededRandom(9);
    const mood = () => (random() < 0.3 ? null : 1 + Math.floor(random() * 5));
    for (let n = 0; n < 400; n++) {
      const day = `2028-02-${String(1 + Math.floor(random() * 29)).padStart(2, '0')}`;
      const template = random() < 0.5 ? ['post-mortem', 'empathy'][n % 2] : null;
      const trashed = random() < 0.2 ? '2028-03-01T00:00:00Z' : null;
      insert.run(
        `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
        day,
        Math.floor(random() * 300),
        mood(),
        mood(),
        template,
        trashed,
      );
    }

    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    const exact = () => {
      expectStoredFiguresExact(db, 'after migration');
      expect(statsSummary(db, {}, '2028-03-01')).toEqual(recomputedSummary(db, {}, '2028-03-01'));
    };
    exact();
    expect(statsSummary(db, {}, '2028-03-01').moodChangeByTemplate).toHaveLength(2);

    db.prepare(`UPDATE entries SET deleted_at = NULL, mood_before = 5 WHERE seq % 3 = 0`).run();
    db.prepare(`UPDATE entries SET entry_date = '2028-03-01', template_id = NULL WHERE seq % 7 = 0`).run();
    db.prepare(`DELETE FROM entries WHERE seq % 5 = 0`).run();
    exact();
    db.close();
  });
});
