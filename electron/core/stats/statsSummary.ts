// stats.summary: two passes over the stats index, one for everything grouped by day, one for before-vs-after by template.
import type { StatsSummary } from '../../contract/stats/schemas';
import type { Db } from '../db/openDatabase';
import type { DateRange } from './dateRange';
import { dayFigures } from './dayFigures';
import { moodChangeByTemplate } from './moodSeries';

export function statsSummary(db: Db, range: DateRange, today: string): StatsSummary {
  return { ...dayFigures(db, range, today), moodChangeByTemplate: moodChangeByTemplate(db, range) };
}
