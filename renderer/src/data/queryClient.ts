// The renderer's one cache of journal data: answers are kept until a change declares them stale, and dropped whole on lock.
import { QueryClient } from '@tanstack/query-core';
import type { AppEvent } from '../contract';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Every change goes through a contract method that names what it makes stale, so nothing needs polling or refetch-on-focus.
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}

/**
 * No entry text may outlive a lock in memory: drop every cached answer and every mutation's input (a save's text)
 * when core is about to lock and again when it has. Returns the unsubscribe function.
 */
export function clearOnLock(queryClient: QueryClient, subscribe: (listener: (event: AppEvent) => void) => () => void): () => void {
  return subscribe((event) => {
    if (event.name === 'vault.willLock' || event.name === 'vault.locked') queryClient.clear();
  });
}
