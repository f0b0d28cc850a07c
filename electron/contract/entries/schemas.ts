// Input and output schemas of entries.* methods.
import { z } from 'zod';
import { docSchema } from '../doc';
import { entryId, entrySchema, entrySummarySchema, isoDate, mood, title } from '../entities';
import { none, ok } from '../shared';
import { tagName } from '../tags/schemas';
import { templateId } from '../templates/schemas';

/** mood: the average closing mood of the day's entries that have one (two decimals), null when none has. */
export const calendarDaySchema = z.object({ date: isoDate, count: z.number().int().positive(), mood: z.number().min(1).max(5).nullable() });
export type CalendarDay = z.infer<typeof calendarDaySchema>;

export const entriesMethods = {
  'entries.create': {
    input: z
      .object({
        entryDate: isoDate.optional(),
        title: title.optional(),
        doc: docSchema.optional(),
        mood: mood.nullable().optional(),
        moodBefore: mood.nullable().optional(),
        /** Start from this template: core copies its document and records its id and version. */
        templateId: templateId.optional(),
      })
      .strict()
      .refine((input) => !(input.doc && input.templateId), { message: 'give either a document or a template, not both', path: ['doc'] })
      .optional(),
    output: entrySchema,
  },
  'entries.get': {
    /** includeTrashed: read an entry in the Trash (shown read-only before restoring or deleting it). */
    input: z.object({ id: entryId, includeTrashed: z.boolean().optional() }).strict(),
    output: entrySchema,
  },
  'entries.update': {
    input: z
      .object({
        id: entryId,
        title: title.optional(),
        doc: docSchema.optional(),
        entryDate: isoDate.optional(),
        mood: mood.nullable().optional(),
        moodBefore: mood.nullable().optional(),
        favorite: z.boolean().optional(),
        /** The entry's whole set of tags (replaces the old set); names follow the tag rules (trimmed, 1–40 characters). */
        tags: z.array(tagName).max(100).optional(),
        /** The version the editor last saw; when given, a newer stored version answers CONFLICT. */
        baseVersion: z.number().int().positive().optional(),
      })
      .strict(),
    output: entrySchema,
  },
  'entries.list': {
    input: z
      .object({
        tag: tagName.optional(),
        favorite: z.boolean().optional(),
        templateId: templateId.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        /** Closing moods to keep (1–5); an entry without a closing mood matches none. */
        mood: z.array(mood).min(1).max(5).optional(),
        cursor: z.string().max(512).optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict()
      .optional(),
    output: z.object({ items: z.array(entrySummarySchema), nextCursor: z.string().nullable() }),
  },
  'entries.trash': { input: z.object({ id: entryId }).strict(), output: ok },
  'entries.restore': { input: z.object({ id: entryId }).strict(), output: entrySchema },
  'entries.listTrash': { input: none, output: z.object({ items: z.array(entrySummarySchema) }) },
  /** Only for an entry already in the Trash (otherwise INVALID_INPUT): the row, its search rows and tags are gone for good. */
  'entries.deleteForever': { input: z.object({ id: entryId }).strict(), output: ok },
  'entries.emptyTrash': { input: none, output: z.object({ deleted: z.number().int().nonnegative() }) },
  /** When the writer leaves an entry: removes it only if nothing was ever written in it (no words, title or mood); answers whether it did. */
  'entries.discardUntouched': { input: z.object({ id: entryId }).strict(), output: z.object({ discarded: z.boolean() }) },
  /** The days of one month that hold entries (days without any are left out), with the day's average closing mood. */
  'entries.calendar': {
    input: z.object({ year: z.number().int().min(1).max(9999), month: z.number().int().min(1).max(12) }).strict(),
    output: z.object({ days: z.array(calendarDaySchema) }),
  },
  /**
   * Entries from the same day of the month in earlier months and years, newest first (at most 30), leaving out the templates and tags
   * the writer chose; `{ items: [] }` while the onThisDay setting is off.
   */
  'entries.onThisDay': { input: z.object({ date: isoDate }).strict(), output: z.object({ items: z.array(entrySummarySchema) }) },
};
