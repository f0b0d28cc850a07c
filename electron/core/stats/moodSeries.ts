// Mood before vs after by template: grouped in SQL over the stats index, only entries with both moods, the name joined after grouping.
import type { MoodChange } from '../../contract/stats/schemas';
import type { Db } from '../db/openDatabase';
import { rangeCondition, type DateRange } from './dateRange';

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
