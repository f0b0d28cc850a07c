// Input and output schemas of settings.* methods: preferences kept inside the encrypted journal.
import { z } from 'zod';
import { none } from '../shared';

/** Minutes without input before the journal locks itself; null means never. */
export const autoLockChoices = [1, 5, 15, 30, 60] as const;
export const autoLockMinutes = z.literal(autoLockChoices).nullable();

/** Pictures larger than this on their long edge are scaled down on the way in (pixels). */
export const pictureMaxEdgeChoices = [1280, 1920, 2560, 3840] as const;
export const pictureMaxEdge = z.literal(pictureMaxEdgeChoices);

export const settingsSchema = z.object({ autoLockMinutes, pictureMaxEdge });
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = { autoLockMinutes: 5, pictureMaxEdge: 2560 };

export const settingsMethods = {
  'settings.get': { input: none, output: settingsSchema },
  /** Only the keys given change; the answer is the whole set as stored. */
  'settings.update': { input: settingsSchema.partial().strict(), output: settingsSchema },
};
