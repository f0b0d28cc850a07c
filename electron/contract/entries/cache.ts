// What each entries.* call does to the renderer's cache (see ../cache.ts).
import { invalidates, read, sameId, type CachePolicy } from '../cache';
import type { entriesMethodNames } from './names';

export const entriesCache = {
  'entries.get': read,
  'entries.list': read,
  'entries.listTrash': read,
  'entries.create': invalidates('entries.list'),
  // A closing mood can make the support note due.
  'entries.update': invalidates(sameId('entries.get'), 'entries.list', 'wellbeing.supportNoteDue'),
  'entries.trash': invalidates(sameId('entries.get'), 'entries.list', 'entries.listTrash'),
  'entries.restore': invalidates(sameId('entries.get'), 'entries.list', 'entries.listTrash'),
} as const satisfies Record<(typeof entriesMethodNames)[number], CachePolicy>;
