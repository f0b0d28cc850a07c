// What each export.* and import.* call does to the renderer's cache (see ../cache.ts).
import { invalidates, type CachePolicy } from '../cache';
import type { exportsMethodNames } from './names';

export const exportsCache = {
  'export.pdf': invalidates(),
  'export.markdown': invalidates(),
  'export.json': invalidates(),
  'import.json': invalidates('entries.list', 'entries.listTrash', 'entries.get', 'templates.list', 'templates.get'),
} as const satisfies Record<(typeof exportsMethodNames)[number], CachePolicy>;
