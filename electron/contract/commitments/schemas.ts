// Input and output schemas of commitments.* and checkIns.*: the writer's if-then commitments, their rhythm and their record.
import { z } from 'zod';
import { entryId, isoDate } from '../entities';

/** When a commitment is due: every day, Monday to Friday, one chosen weekday (0 = Sunday), or no schedule at all. */
export const rhythmSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily') }).strict(),
  z.object({ kind: z.literal('weekdays') }).strict(),
  z.object({ kind: z.literal('weekly'), weekday: z.number().int().min(0).max(6) }).strict(),
  z.object({ kind: z.literal('whenever') }).strict(),
]);
export type Rhythm = z.infer<typeof rhythmSchema>;

export const checkInResults = ['kept', 'partly', 'missed'] as const;
export const checkInResult = z.enum(checkInResults);
export type CheckInResult = z.infer<typeof checkInResult>;

export const commitmentId = z.string().uuid();
const commitmentText = z.string().trim().min(1, 'write the commitment in a few words').max(1000);
const note = z.string().trim().max(1000);

export const checkInSchema = z.object({
  commitmentId,
  date: isoDate,
  result: checkInResult,
  note: z.string().nullable(),
  recordedAt: z.string(),
});
export type CheckIn = z.infer<typeof checkInSchema>;

/** An earlier wording, kept when the text changed; its check-ins stay with the commitment. */
export const revisionSchema = z.object({ text: z.string(), until: z.string() });

export const commitmentSchema = z.object({
  id: commitmentId,
  text: z.string(),
  /** The entry it was written in (null when added by hand). */
  entryId: entryId.nullable(),
  rhythm: rhythmSchema,
  endsOn: isoDate.nullable(),
  status: z.enum(['active', 'retired']),
  createdAt: z.string(),
  /** The first day it can be due: the writer's date when it was made. */
  startsOn: isoDate,
  retiredAt: z.string().nullable(),
  dueToday: z.boolean(),
  /** Share of recorded check-ins that were "kept", over the last 7 and 30 due days; null when none of them was recorded. */
  keptRate7: z.number().min(0).max(1).nullable(),
  keptRate30: z.number().min(0).max(1).nullable(),
  lastCheckIn: checkInSchema.nullable(),
  /** Earlier wordings, oldest first. */
  revisions: z.array(revisionSchema),
});
export type Commitment = z.infer<typeof commitmentSchema>;

/** The week's line across active commitments ("You kept 9 of 12 check-ins this week"), Monday to Sunday. */
export const weekSummarySchema = z.object({
  weekStart: isoDate,
  kept: z.number().int(),
  partly: z.number().int(),
  missed: z.number().int(),
  due: z.number().int(),
  /** The same in plain words, for the screen and screen readers alike. */
  line: z.string(),
});
export type WeekSummary = z.infer<typeof weekSummarySchema>;

const daysApart = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export const commitmentsMethods = {
  'commitments.list': {
    input: z
      .object({ status: z.enum(['active', 'retired']).optional() })
      .strict()
      .optional(),
    output: z.object({ items: z.array(commitmentSchema), today: isoDate, week: weekSummarySchema }),
  },
  'commitments.create': {
    input: z
      .object({ text: commitmentText, rhythm: rhythmSchema, endsOn: isoDate.nullable().optional(), entryId: entryId.optional() })
      .strict(),
    output: commitmentSchema,
  },
  'commitments.update': {
    input: z
      .object({ id: commitmentId, text: commitmentText.optional(), rhythm: rhythmSchema.optional(), endsOn: isoDate.nullable().optional() })
      .strict(),
    output: commitmentSchema,
  },
  'commitments.retire': { input: z.object({ id: commitmentId }).strict(), output: commitmentSchema },
  'checkIns.record': {
    input: z.object({ commitmentId, date: isoDate, result: checkInResult, note: note.optional() }).strict(),
    output: checkInSchema,
  },
  'checkIns.list': {
    input: z
      .object({ commitmentId, from: isoDate, to: isoDate })
      .strict()
      .refine((input) => input.from <= input.to, { message: 'from must not be after to', path: ['from'] })
      .refine((input) => input.from >= '0001-01-01' && daysApart(input.from, input.to) <= 3660, {
        message: 'ask for ten years at most',
        path: ['to'],
      }),
    /** dueDays: the days from `from` to `to` its rhythm asked for a check-in (for a heatmap that tells "not due" from "not recorded"). */
    output: z.object({ items: z.array(checkInSchema), dueDays: z.array(isoDate) }),
  },
};
