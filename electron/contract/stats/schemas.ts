// Input and output schemas of stats.* methods: gentle writing figures and how moods move, computed in SQL over the whole journal.
import { z } from 'zod';
import { isoDate } from '../entities';

const count = z.number().int().nonnegative();
/** An average of 1–5 moods, to two decimals. */
const avgMood = z.number().min(1).max(5);

/** Weeks start on Monday; `guided` counts that week's entries written from a template (the chart marks them). */
export const moodWeekSchema = z.object({ weekStart: isoDate, avgMood, n: count, guided: count });
export const moodMonthSchema = z.object({ monthStart: isoDate, avgMood, n: count, guided: count });
export const moodChangeSchema = z.object({
  templateId: z.string(),
  /** The template's name now; null once it has been deleted. */
  templateName: z.string().nullable(),
  n: count,
  avgBefore: avgMood,
  avgAfter: avgMood,
});
export type MoodWeek = z.infer<typeof moodWeekSchema>;
export type MoodMonth = z.infer<typeof moodMonthSchema>;
export type MoodChange = z.infer<typeof moodChangeSchema>;

export const statsSummarySchema = z.object({
  entries: count,
  words: count,
  daysWritten: count,
  /** The most consecutive days with at least one entry, within the range. */
  longestRun: count,
  /** The run that reaches today, or yesterday while today is still unwritten (a day not yet over breaks nothing). */
  currentRun: count,
  moodByWeek: z.array(moodWeekSchema),
  /** The same averages by calendar month, for spans too long to read week by week. */
  moodByMonth: z.array(moodMonthSchema),
  /** Entries of each template that have both a mood before and a closing mood. */
  moodChangeByTemplate: z.array(moodChangeSchema),
});
export type StatsSummary = z.infer<typeof statsSummarySchema>;

export const statsMethods = {
  /** Trashed entries never count; moods leave out entries without one. Both ends of the range are included. */
  'stats.summary': {
    input: z
      .object({ from: isoDate.optional(), to: isoDate.optional() })
      .strict()
      .refine((range) => !(range.from && range.to && range.from > range.to), { message: 'from must not be after to', path: ['from'] })
      .optional(),
    output: statsSummarySchema,
  },
};
