// What each templates.* call does to the renderer's cache (see ../cache.ts).
import { invalidates, read, sameId, type CachePolicy } from '../cache';
import type { templatesMethodNames } from './names';

export const templatesCache = {
  'templates.list': read,
  'templates.get': read,
  'templates.create': invalidates('templates.list'),
  // The mood before-and-after view names each template.
  'templates.update': invalidates(sameId('templates.get'), 'templates.list', 'stats.summary'),
  'templates.delete': invalidates(sameId('templates.get'), 'templates.list', 'stats.summary'),
  'templates.duplicate': invalidates('templates.list'),
} as const satisfies Record<(typeof templatesMethodNames)[number], CachePolicy>;
