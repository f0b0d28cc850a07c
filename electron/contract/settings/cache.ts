// What each settings.* call does to the renderer's cache (see ../cache.ts).
import { invalidates, read, type CachePolicy } from '../cache';
import type { settingsMethodNames } from './names';

export const settingsCache = {
  'settings.get': read,
  'settings.update': invalidates('settings.get'),
} as const satisfies Record<(typeof settingsMethodNames)[number], CachePolicy>;
