// What search.query does to the renderer's cache (see ../cache.ts): a read, made stale by any change to entries or tags.
import { read, type CachePolicy } from '../cache';
import type { searchMethodNames } from './names';

export const searchCache = {
  'search.query': read,
} as const satisfies Record<(typeof searchMethodNames)[number], CachePolicy>;
