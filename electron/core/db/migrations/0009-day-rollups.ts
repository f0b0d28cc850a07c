// Migration 0009's second layer: from the per-day figures, mood by week and by month and the runs of written days, each kept by
// triggers on entry_days, so stats.summary reads one row per week, month or run instead of grouping every day on each call.

/** Adds (sign 1, `row` = new) or takes away (sign -1, `row` = old) one day's moods in its week and its month. */
const periodChange = (row: 'new' | 'old', sign: 1 | -1) =>
  [
    ['mood_weeks', 'week', `date(${row}.day, '-6 days', 'weekday 1')`],
    ['mood_months', 'month', `substr(${row}.day, 1, 7) || '-01'`],
  ]
    .map(
      ([table, key, start]) => `
  INSERT INTO ${table} (${key}, mood_sum, mood_n, guided) VALUES (${start}, ${sign} * ${row}.mood_sum, ${sign} * ${row}.mood_n, ${sign} * ${row}.guided)
    ON CONFLICT (${key}) DO UPDATE SET mood_sum = mood_sum + excluded.mood_sum, mood_n = mood_n + excluded.mood_n, guided = guided + excluded.guided;
  DELETE FROM ${table} WHERE ${key} = ${start} AND mood_n = 0 AND guided = 0;`,
    )
    .join('');

/**
 * A newly written day joins the run ending the day before (which then takes it, as an upsert on that run's start) and the run
 * starting the day after (whose end it takes, and which then goes).
 */
const JOIN_RUNS = `
  INSERT INTO day_runs (start, end)
    SELECT coalesce((SELECT start FROM day_runs WHERE end = date(new.day, '-1 day')), new.day),
           coalesce((SELECT end FROM day_runs WHERE start = date(new.day, '+1 day')), new.day)
    WHERE true
    ON CONFLICT (start) DO UPDATE SET end = excluded.end;
  DELETE FROM day_runs WHERE start = date(new.day, '+1 day');`;

/** A day no longer written splits its run: the part after it becomes a run of its own, the part before ends the day before. */
const SPLIT_RUN = `
  INSERT INTO day_runs (start, end)
    SELECT date(old.day, '+1 day'), end FROM day_runs WHERE start = (SELECT max(start) FROM day_runs WHERE start <= old.day) AND end > old.day;
  UPDATE day_runs SET end = date(old.day, '-1 day') WHERE start = (SELECT max(start) FROM day_runs WHERE start <= old.day) AND start < old.day;
  DELETE FROM day_runs WHERE start = old.day;`;

export const DAY_ROLLUPS = `
  -- Moods of live entries by Monday-first week and by calendar month; a period whose days have no mood and no guided entry has no row.
  CREATE TABLE mood_weeks (week TEXT PRIMARY KEY, mood_sum INTEGER NOT NULL, mood_n INTEGER NOT NULL, guided INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE mood_months (month TEXT PRIMARY KEY, mood_sum INTEGER NOT NULL, mood_n INTEGER NOT NULL, guided INTEGER NOT NULL) WITHOUT ROWID;
  -- Every maximal run of consecutive written days, first and last day included: runs never touch or overlap.
  CREATE TABLE day_runs (start TEXT PRIMARY KEY, end TEXT NOT NULL) WITHOUT ROWID;
  CREATE INDEX day_runs_by_end ON day_runs (end);

  CREATE TRIGGER entry_days_rollup_insert AFTER INSERT ON entry_days BEGIN ${periodChange('new', 1)} ${JOIN_RUNS}
  END;
  CREATE TRIGGER entry_days_rollup_delete AFTER DELETE ON entry_days BEGIN ${periodChange('old', -1)} ${SPLIT_RUN}
  END;
  CREATE TRIGGER entry_days_rollup_update AFTER UPDATE OF mood_sum, mood_n, guided ON entry_days
  WHEN old.mood_sum IS NOT new.mood_sum OR old.mood_n IS NOT new.mood_n OR old.guided IS NOT new.guided
  BEGIN ${periodChange('old', -1)} ${periodChange('new', 1)}
  END;`;
