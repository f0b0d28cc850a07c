// Applies a method's declared cache policy (contract/<domain>/cache.ts) after it succeeded: the reads it names become stale.
import type { QueryClient } from '@tanstack/query-core';
import { cachePolicies, type CacheTarget, type MethodName } from '../contract';

function filterFor(target: CacheTarget, input: unknown) {
  if (typeof target === 'string') return { queryKey: [target] };
  const id = (input as { id?: unknown } | undefined)?.id;
  // Without an id to narrow by, every cached read of that method is stale.
  return { queryKey: id === undefined ? [target.method] : [target.method, { id }] };
}

/** Resolves once the stale reads still on screen have been read again. */
export async function invalidateAfter(queryClient: QueryClient, method: MethodName, input: unknown): Promise<void> {
  const policy: { read?: true; invalidates?: readonly CacheTarget[] | 'everything' } = cachePolicies[method];
  if (!policy.invalidates) return;
  if (policy.invalidates === 'everything') return queryClient.clear();
  await Promise.all(policy.invalidates.map((target) => queryClient.invalidateQueries(filterFor(target, input))));
}
