// What each stats.* call does to the renderer's cache (see ../cache.ts): a read, made stale by saving, trashing or restoring entries.
import { read, type CachePolicy } from '../cache';
import type { statsMethodNames } from './names';

export const statsCache = {
  'stats.summary': read,
} as const satisfies Record<(typeof statsMethodNames)[number], CachePolicy>;

/** The reads that show the journal over time: any change to which entries exist, their dates, moods, words or tags makes them stale. */
export const overTime = ['entries.calendar', 'entries.onThisDay', 'stats.summary'] as const;
