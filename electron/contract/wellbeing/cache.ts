// What each wellbeing.* call does to the renderer's cache (see ../cache.ts).
import { invalidates, read, type CachePolicy } from '../cache';
import type { wellbeingMethodNames } from './names';

export const wellbeingCache = {
  'wellbeing.supportNoteDue': read,
  'wellbeing.recordSupportNoteShown': invalidates('wellbeing.supportNoteDue'),
} as const satisfies Record<(typeof wellbeingMethodNames)[number], CachePolicy>;
