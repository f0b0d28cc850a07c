// Mood before vs after by template: grouped in SQL over the per-day template figures (template_mood_days, migration 0009), which
// hold only live entries with both moods; the name is joined after grouping.
import type { MoodChange } from '../../contract/stats/schemas';
import type { Db } from '../db/openDatabase';
import { dayBounds, type DateRange } from './dateRange';

export function moodChangeByTemplate(db: Db, range: DateRange): MoodChange[] {
  return db
    .prepare(
      `SELECT g.templateId, t.name AS templateName, g.n, g.avgBefore, g.avgAfter FROM (
         SELECT template_id AS templateId, sum(n) AS n, round(sum(before_sum) * 1.0 / sum(n), 2) AS avgBefore,
                round(sum(after_sum) * 1.0 / sum(n), 2) AS avgAfter
         FROM template_mood_days WHERE day >= ? AND day <= ?
         GROUP BY template_id
       ) g LEFT JOIN templates t ON t.id = g.templateId
       ORDER BY g.n DESC, g.templateId`,
    )
    .all(...dayBounds(range)) as MoodChange[];
}
