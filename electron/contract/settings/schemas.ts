// Input and output schemas of settings.* methods: preferences kept inside the encrypted journal.
import { z } from 'zod';
import { none } from '../shared';

/** Minutes without input before the journal locks itself; null means never. */
export const autoLockChoices = [1, 5, 15, 30, 60] as const;
export const autoLockMinutes = z.literal(autoLockChoices).nullable();

export const settingsSchema = z.object({ autoLockMinutes });
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = { autoLockMinutes: 5 };

export const settingsMethods = {
  'settings.get': { input: none, output: settingsSchema },
  /** Only the keys given change; the answer is the whole set as stored. */
  'settings.update': { input: settingsSchema.partial().strict(), output: settingsSchema },
};
