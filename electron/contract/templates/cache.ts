// What each templates.* call does to the renderer's cache (see ../cache.ts).
import { invalidates, read, sameId, type CachePolicy } from '../cache';
import type { templatesMethodNames } from './names';

export const templatesCache = {
  'templates.list': read,
  'templates.get': read,
  'templates.create': invalidates('templates.list'),
  'templates.update': invalidates(sameId('templates.get'), 'templates.list'),
  'templates.delete': invalidates(sameId('templates.get'), 'templates.list'),
  'templates.duplicate': invalidates('templates.list'),
} as const satisfies Record<(typeof templatesMethodNames)[number], CachePolicy>;
