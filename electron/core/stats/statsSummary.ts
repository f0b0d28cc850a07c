// stats.summary: the writing figures and mood series for a date range, each one SQL query over the stats index.
import type { StatsSummary } from '../../contract/stats/schemas';
import type { Db } from '../db/openDatabase';
import { rangeCondition, type DateRange } from './dateRange';
import { moodByMonth, moodByWeek, moodChangeByTemplate } from './moodSeries';
import { writingRuns } from './writingRuns';

function totals(db: Db, range: DateRange): Pick<StatsSummary, 'entries' | 'words' | 'daysWritten'> {
  const { where, params } = rangeCondition(range);
  return db
    .prepare(
      `SELECT count(*) AS entries, coalesce(sum(word_count), 0) AS words, count(DISTINCT entry_date) AS daysWritten FROM entries WHERE ${where}`,
    )
    .get(...params) as Pick<StatsSummary, 'entries' | 'words' | 'daysWritten'>;
}

export function statsSummary(db: Db, range: DateRange, today: string): StatsSummary {
  return {
    ...totals(db, range),
    ...writingRuns(db, range, today),
    moodByWeek: moodByWeek(db, range),
    moodByMonth: moodByMonth(db, range),
    moodChangeByTemplate: moodChangeByTemplate(db, range),
  };
}
