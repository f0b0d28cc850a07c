// What each entries.* call does to the renderer's cache (see ../cache.ts).
import { invalidates, read, sameId, type CachePolicy } from '../cache';
import type { entriesMethodNames } from './names';

export const entriesCache = {
  'entries.get': read,
  'entries.list': read,
  'entries.listTrash': read,
  // Saving, trashing or restoring an entry brings its commitments up to date (docs/COMMITMENTS.md).
  'entries.create': invalidates('entries.list', 'commitments.list'),
  // A closing mood can make the support note due.
  'entries.update': invalidates(sameId('entries.get'), 'entries.list', 'wellbeing.supportNoteDue', 'commitments.list'),
  'entries.trash': invalidates(sameId('entries.get'), 'entries.list', 'entries.listTrash', 'commitments.list'),
  'entries.restore': invalidates(sameId('entries.get'), 'entries.list', 'entries.listTrash', 'commitments.list'),
} as const satisfies Record<(typeof entriesMethodNames)[number], CachePolicy>;
