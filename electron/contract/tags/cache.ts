// What each tags.* call does to the renderer's cache (see ../cache.ts): renaming or deleting a tag changes entries' tags too (and so what On this day leaves out).
import { invalidates, read, type CachePolicy } from '../cache';
import type { tagsMethodNames } from './names';

export const tagsCache = {
  'tags.list': read,
  'tags.rename': invalidates('tags.list', 'entries.get', 'entries.list', 'search.query', 'entries.onThisDay'),
  'tags.delete': invalidates('tags.list', 'entries.get', 'entries.list', 'search.query', 'entries.onThisDay'),
} as const satisfies Record<(typeof tagsMethodNames)[number], CachePolicy>;
