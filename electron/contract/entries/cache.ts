// What each entries.* call does to the renderer's cache (see ../cache.ts).
import { invalidates, read, sameId, type CachePolicy } from '../cache';
import { overTime } from '../stats/cache';
import type { entriesMethodNames } from './names';

export const entriesCache = {
  'entries.get': read,
  'entries.list': read,
  'entries.listTrash': read,
  'entries.calendar': read,
  'entries.onThisDay': read,
  // Saving, trashing or restoring an entry brings its commitments up to date (docs/COMMITMENTS.md).
  'entries.create': invalidates('entries.list', 'search.query', 'commitments.list', ...overTime),
  // A closing mood can make the support note due; tags and the star change the tag counts and searches.
  'entries.update': invalidates(
    sameId('entries.get'),
    'entries.list',
    'wellbeing.supportNoteDue',
    'search.query',
    'tags.list',
    'commitments.list',
    ...overTime,
  ),
  'entries.trash': invalidates(
    sameId('entries.get'),
    'entries.list',
    'entries.listTrash',
    'search.query',
    'tags.list',
    'commitments.list',
    ...overTime,
  ),
  'entries.restore': invalidates(
    sameId('entries.get'),
    'entries.list',
    'entries.listTrash',
    'search.query',
    'tags.list',
    'commitments.list',
    ...overTime,
  ),
  'entries.deleteForever': invalidates(sameId('entries.get'), 'entries.listTrash', 'tags.list', 'commitments.list'),
  'entries.emptyTrash': invalidates('entries.get', 'entries.listTrash', 'tags.list', 'commitments.list'),
  'entries.discardUntouched': invalidates(sameId('entries.get'), 'entries.list', 'search.query', 'commitments.list', ...overTime),
} as const satisfies Record<(typeof entriesMethodNames)[number], CachePolicy>;
