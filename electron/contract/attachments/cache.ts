// What each attachments.* call does to the renderer's cache (see ../cache.ts).
import { invalidates, read, type CachePolicy } from '../cache';
import type { attachmentsMethodNames } from './names';

export const attachmentsCache = {
  // A stored picture never changes (a new one gets a new id), so its bytes may be kept until lock clears the cache.
  'attachments.get': read,
  'attachments.usage': read,
  'attachments.put': invalidates('attachments.usage'),
} as const satisfies Record<(typeof attachmentsMethodNames)[number], CachePolicy>;
