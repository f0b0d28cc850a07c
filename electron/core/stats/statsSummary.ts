// stats.summary: two reads of the per-day figures kept by triggers (migration 0009), one for everything by day, one for before-vs-after.
import type { StatsSummary } from '../../contract/stats/schemas';
import type { Db } from '../db/openDatabase';
import type { DateRange } from './dateRange';
import { dayFigures } from './dayFigures';
import { moodChangeByTemplate } from './moodSeries';

export function statsSummary(db: Db, range: DateRange, today: string): StatsSummary {
  return { ...dayFigures(db, range, today), moodChangeByTemplate: moodChangeByTemplate(db, range) };
}
