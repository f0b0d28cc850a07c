// What each commitments.* and checkIns.* call does to the renderer's cache (see ../cache.ts).
import { invalidates, read, type CachePolicy } from '../cache';
import type { commitmentsMethodNames } from './names';

export const commitmentsCache = {
  'commitments.list': read,
  'checkIns.list': read,
  'commitments.create': invalidates('commitments.list'),
  'commitments.update': invalidates('commitments.list', 'checkIns.list'),
  'commitments.retire': invalidates('commitments.list'),
  // A check-in changes rates, the week's line and the heatmap.
  'checkIns.record': invalidates('commitments.list', 'checkIns.list'),
} as const satisfies Record<(typeof commitmentsMethodNames)[number], CachePolicy>;
