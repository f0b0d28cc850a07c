// Input and output schemas of settings.* methods: preferences kept inside the encrypted journal.
import { z } from 'zod';
import { none } from '../shared';
import { tagName } from '../tags/schemas';
import { templateId } from '../templates/schemas';

/** Minutes without input before the journal locks itself; null means never. */
export const autoLockChoices = [1, 5, 15, 30, 60] as const;
export const autoLockMinutes = z.literal(autoLockChoices).nullable();

/** Pictures larger than this on their long edge are scaled down on the way in (pixels). */
export const pictureMaxEdgeChoices = [1280, 1920, 2560, 3840] as const;
export const pictureMaxEdge = z.literal(pictureMaxEdgeChoices);

/** A quiet reminder to check in on commitments, at a local time on chosen weekdays (0 = Sunday); off by default. */
export const checkInReminderSchema = z
  .object({
    enabled: z.boolean(),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM'),
    days: z.array(z.number().int().min(0).max(6)).max(7),
  })
  .strict();
export type CheckInReminder = z.infer<typeof checkInReminderSchema>;
export const remindersSchema = z.object({ checkIn: checkInReminderSchema }).strict();

/**
 * On this day shows entries from the same date in earlier months and years. Off by default: for someone after a breakup it can
 * bring back what hurts, so it is the writer's choice, and it can leave out chosen templates (the post-mortem) and tags.
 */
export const onThisDaySchema = z
  .object({ enabled: z.boolean(), excludeTemplateIds: z.array(templateId).max(100), excludeTags: z.array(tagName).max(100) })
  .strict();
export type OnThisDaySetting = z.infer<typeof onThisDaySchema>;

export const settingsSchema = z.object({
  autoLockMinutes,
  reminders: remindersSchema,
  pictureMaxEdge,
  onThisDay: onThisDaySchema,
  /** Hides the writing figures (entries, words, days, runs) everywhere; moods stay. */
  statsHidden: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = {
  autoLockMinutes: 5,
  pictureMaxEdge: 2560,
  reminders: { checkIn: { enabled: false, time: '20:00', days: [0, 1, 2, 3, 4, 5, 6] } },
  onThisDay: { enabled: false, excludeTemplateIds: [], excludeTags: [] },
  statsHidden: false,
};

export const settingsMethods = {
  'settings.get': { input: none, output: settingsSchema },
  /** Only the keys given change; the answer is the whole set as stored. */
  'settings.update': { input: settingsSchema.partial().strict(), output: settingsSchema },
};
