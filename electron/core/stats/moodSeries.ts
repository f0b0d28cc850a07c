// Average closing mood by week (Monday first) and by month, and before-vs-after by template: grouped in SQL, entries without a mood left out.
import type { MoodChange, MoodMonth, MoodWeek } from '../../contract/stats/schemas';
import type { Db } from '../db/openDatabase';
import { rangeCondition, type DateRange } from './dateRange';

/** SQLite's 'weekday 1' moves forward to a Monday; six days back first lands every date on its own week's Monday. */
const WEEK_START = `date(entry_date, '-6 days', 'weekday 1')`;
const MONTH_START = `substr(entry_date, 1, 7) || '-01'`;

function moodBy(db: Db, range: DateRange, bucket: string, name: string): Array<Record<string, unknown>> {
  const { where, params } = rangeCondition(range);
  // count(mood) counts only entries with a mood; a week of guided entries without one has no average to draw.
  return db
    .prepare(
      `SELECT ${bucket} AS ${name}, round(avg(mood), 2) AS avgMood, count(mood) AS n, count(template_id) AS guided
       FROM entries WHERE ${where} GROUP BY 1 HAVING count(mood) > 0 ORDER BY 1`,
    )
    .all(...params) as Array<Record<string, unknown>>;
}

export const moodByWeek = (db: Db, range: DateRange) => moodBy(db, range, WEEK_START, 'weekStart') as unknown as MoodWeek[];
export const moodByMonth = (db: Db, range: DateRange) => moodBy(db, range, MONTH_START, 'monthStart') as unknown as MoodMonth[];

/** Only entries with both moods say whether writing moved anything; the template's current name is joined after grouping. */
export function moodChangeByTemplate(db: Db, range: DateRange): MoodChange[] {
  const { where, params } = rangeCondition(range);
  return db
    .prepare(
      `SELECT g.templateId, t.name AS templateName, g.n, g.avgBefore, g.avgAfter FROM (
         SELECT template_id AS templateId, count(*) AS n, round(avg(mood_before), 2) AS avgBefore, round(avg(mood), 2) AS avgAfter
         FROM entries WHERE ${where} AND template_id IS NOT NULL AND mood_before IS NOT NULL AND mood IS NOT NULL
         GROUP BY template_id
       ) g LEFT JOIN templates t ON t.id = g.templateId
       ORDER BY g.n DESC, g.templateId`,
    )
    .all(...params) as MoodChange[];
}
