// Schema v9: per-day figures of live entries, kept exact by triggers, so stats.summary reads one small row per day, not every entry.
import { DAY_ROLLUPS } from './0009-day-rollups';
import type { Migration } from './index';

/** What one entry adds to its day (sign 1, `row` = new) or takes from it (sign -1, `row` = old), only while it is out of the Trash. */
const dayChange = (row: 'new' | 'old', sign: 1 | -1) => `
  INSERT INTO entry_days (day, entries, words, mood_sum, mood_n, guided)
    SELECT ${row}.entry_date, ${sign}, ${sign} * ${row}.word_count, ${sign} * coalesce(${row}.mood, 0),
           ${sign} * (${row}.mood IS NOT NULL), ${sign} * (${row}.template_id IS NOT NULL)
    WHERE ${row}.deleted_at IS NULL
    ON CONFLICT (day) DO UPDATE SET entries = entries + excluded.entries, words = words + excluded.words,
      mood_sum = mood_sum + excluded.mood_sum, mood_n = mood_n + excluded.mood_n, guided = guided + excluded.guided;
  INSERT INTO template_mood_days (day, template_id, n, before_sum, after_sum)
    SELECT ${row}.entry_date, ${row}.template_id, ${sign}, ${sign} * ${row}.mood_before, ${sign} * ${row}.mood
    WHERE ${row}.deleted_at IS NULL AND ${row}.template_id IS NOT NULL AND ${row}.mood_before IS NOT NULL AND ${row}.mood IS NOT NULL
    ON CONFLICT (template_id, day) DO UPDATE SET n = n + excluded.n, before_sum = before_sum + excluded.before_sum,
      after_sum = after_sum + excluded.after_sum;
  DELETE FROM entry_days WHERE day = ${row}.entry_date AND entries = 0;
  DELETE FROM template_mood_days WHERE template_id = ${row}.template_id AND day = ${row}.entry_date AND n = 0;`;

/** The columns the figures read; an update that changes none of them (a save of the same words, a star) leaves the days alone. */
const FIGURE_COLUMNS = ['entry_date', 'word_count', 'mood', 'mood_before', 'template_id'];
const figuresChanged = [
  ...FIGURE_COLUMNS.map((column) => `old.${column} IS NOT new.${column}`),
  '(old.deleted_at IS NULL) <> (new.deleted_at IS NULL)',
].join(' OR ');

export const m0009DayFigures: Migration = {
  version: 9,
  name: 'day-figures',
  up(db) {
    db.exec(`
      -- One row per day with at least one live entry; the Trash never counts. Moods as sum and count, so days without one add nothing.
      CREATE TABLE entry_days (
        day TEXT PRIMARY KEY,
        entries INTEGER NOT NULL,
        words INTEGER NOT NULL,
        mood_sum INTEGER NOT NULL,
        mood_n INTEGER NOT NULL,
        guided INTEGER NOT NULL
      ) WITHOUT ROWID;
      -- Per template and day, the live entries with both a mood before and a closing mood: before vs after, grouped by template in
      -- key order (no sort).
      CREATE TABLE template_mood_days (
        template_id TEXT NOT NULL,
        day TEXT NOT NULL,
        n INTEGER NOT NULL,
        before_sum INTEGER NOT NULL,
        after_sum INTEGER NOT NULL,
        PRIMARY KEY (template_id, day)
      ) WITHOUT ROWID;
      ${DAY_ROLLUPS}

      CREATE TRIGGER entry_days_insert AFTER INSERT ON entries BEGIN ${dayChange('new', 1)}
      END;
      CREATE TRIGGER entry_days_delete AFTER DELETE ON entries BEGIN ${dayChange('old', -1)}
      END;
      CREATE TRIGGER entry_days_update AFTER UPDATE OF ${FIGURE_COLUMNS.join(', ')}, deleted_at ON entries
      WHEN ${figuresChanged} BEGIN ${dayChange('old', -1)} ${dayChange('new', 1)}
      END;

      -- The existing entries, day by day in date order; entry_days' own triggers fill the weeks, months and runs from these rows.
      INSERT INTO entry_days (day, entries, words, mood_sum, mood_n, guided)
        SELECT entry_date, count(*), sum(word_count), coalesce(sum(mood), 0), count(mood), count(template_id)
        FROM entries WHERE deleted_at IS NULL GROUP BY entry_date ORDER BY entry_date;
      INSERT INTO template_mood_days (day, template_id, n, before_sum, after_sum)
        SELECT entry_date, template_id, count(*), sum(mood_before), sum(mood)
        FROM entries WHERE deleted_at IS NULL AND template_id IS NOT NULL AND mood_before IS NOT NULL AND mood IS NOT NULL
        GROUP BY entry_date, template_id;
    `);
  },
};
