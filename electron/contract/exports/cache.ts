// What each export.* and import.* call does to the renderer's cache (see ../cache.ts).
import { invalidates, type CachePolicy } from '../cache';
import { overTime } from '../stats/cache';
import type { exportsMethodNames } from './names';

export const exportsCache = {
  'export.pdf': invalidates(),
  'export.markdown': invalidates(),
  'export.json': invalidates(),
  'export.cancel': invalidates(),
  'import.json': invalidates(
    'entries.list',
    'entries.listTrash',
    'entries.get',
    'templates.list',
    'templates.get',
    'commitments.list',
    'checkIns.list',
    'attachments.usage',
    'search.query',
    'tags.list',
    ...overTime,
  ),
  // Imported entries (and their pictures) appear in every list on their own; a cancelled import removes what it added.
  'import.dayOne': invalidates(
    'entries.list',
    'entries.listTrash',
    'entries.get',
    'attachments.usage',
    'search.query',
    'tags.list',
    ...overTime,
  ),
  'import.markdown': invalidates(
    'entries.list',
    'entries.listTrash',
    'entries.get',
    'attachments.usage',
    'search.query',
    'tags.list',
    ...overTime,
  ),
  'import.cancel': invalidates(),
} as const satisfies Record<(typeof exportsMethodNames)[number], CachePolicy>;
