// How a call touches the renderer's cache (dependency-free): a read it may keep, or a change and the reads it makes stale.
import type { MethodName } from './methodNames';

/** A read to refetch: every cached call of that method, or only those about the same `id` as the change. */
export type CacheTarget = MethodName | { method: MethodName; sameId: true };

export type CachePolicy =
  | { read: true }
  /** 'everything': the change swaps or closes the whole journal, so nothing cached may survive it. */
  | { invalidates: readonly CacheTarget[] | 'everything' };

/** A read: its answer may be kept until a change declares it stale. */
export const read = { read: true } as const;

export const invalidates = <const T extends readonly CacheTarget[]>(...targets: T) => ({ invalidates: targets });

export const sameId = <const M extends MethodName>(method: M) => ({ method, sameId: true }) as const;

export const everything = { invalidates: 'everything' } as const;
