// What each backup.* call does to the renderer's cache (see ../cache.ts): a restore swaps the whole journal.
import { everything, invalidates, read, type CachePolicy } from '../cache';
import type { backupMethodNames } from './names';

export const backupCache = {
  'backup.create': invalidates(),
  'backup.listAutomatic': read,
  'backup.restore': everything,
  'backup.restoreAutomatic': everything,
} as const satisfies Record<(typeof backupMethodNames)[number], CachePolicy>;
