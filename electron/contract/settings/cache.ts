// What each settings.* call does to the renderer's cache (see ../cache.ts).
import { invalidates, read, type CachePolicy } from '../cache';
import type { settingsMethodNames } from './names';

export const settingsCache = {
  'settings.get': read,
  // On this day answers nothing while it is off, and leaves out what the settings name.
  'settings.update': invalidates('settings.get', 'entries.onThisDay'),
} as const satisfies Record<(typeof settingsMethodNames)[number], CachePolicy>;
