// The hooks every screen reads and changes journal data through: typed from the contract, cached by method and input.
import { QueryClientProvider, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { api } from '../api/client';
import type { ApiInput, ApiOutput, MethodName, ReadMethod, Result } from '../contract';
import { answerOf, envelopeOf, type ContractCall, type ContractError } from './contractError';
import { contractQueryOptions, loadNextPage, pagedQueryOptions, uniqueItems, type PagedMethod, type PageInput } from './contractQueries';
import { invalidateAfter } from './invalidate';
import { clearOnLock } from './queryClient';

/** The app's API as a ContractCall (api/client.ts picks Electron's bridge or the browser host). */
export const apiCall: ContractCall = (method, input) => (api[method] as unknown as (input: unknown) => Promise<Result<never>>)(input);

export function DataProvider({ client, children }: { client: QueryClient; children: ReactNode }) {
  useEffect(() => clearOnLock(client, (listener) => api.onEvent(listener)), [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

export function useContractQuery<M extends ReadMethod>(method: M, input: ApiInput<M>, options: { enabled?: boolean } = {}) {
  return useQuery({ ...contractQueryOptions(apiCall, method, input), ...options });
}

/** A paged read as one de-duplicated list, with the next page on demand. */
export function useContractPages<M extends PagedMethod>(method: M, input: PageInput<M>) {
  const queryClient = useQueryClient();
  const options = pagedQueryOptions(apiCall, method, input);
  const query = useInfiniteQuery(options);
  const items = useMemo(() => uniqueItems(query.data), [query.data]);
  const loadMore = () => void loadNextPage(queryClient, options.queryKey, query.fetchNextPage);
  return { items, error: query.error?.message ?? null, hasMore: query.hasNextPage, loadingMore: query.isFetchingNextPage, loadMore };
}

/**
 * Asks for a list's first page before the screen that shows it mounts, in the same cache entry it will read: after an unlock
 * the journal screen's calendar, tags and templates ask first (child effects run first) and core answers in order, so the
 * rows people wait for would come third.
 */
export function usePrefetchPages() {
  const queryClient = useQueryClient();
  return useCallback(
    <M extends PagedMethod>(method: M, input: PageInput<M>) =>
      void queryClient.prefetchInfiniteQuery(pagedQueryOptions(apiCall, method, input)),
    [queryClient],
  );
}

/**
 * A read asked for from a handler rather than shown (opening a template to edit it), answered as a Result. Cached and shared
 * like any other read; `fresh` asks core again even when a cached answer is not stale (opening an entry into the editor).
 */
export function useContractRead() {
  const queryClient = useQueryClient();
  return useCallback(
    <M extends ReadMethod>(method: M, input: ApiInput<M>, { fresh = false } = {}): Promise<Result<ApiOutput<M>>> =>
      queryClient
        .fetchQuery({ ...contractQueryOptions(apiCall, method, input), ...(fresh ? { staleTime: 0 } : {}) })
        .then((value) => ({ ok: true as const, value }), envelopeOf<ApiOutput<M>>),
    [queryClient],
  );
}

/** Every method that is not a read: the ones with a cache policy that names what they make stale. */
export type ChangeMethod = Exclude<MethodName, ReadMethod>;

/** A change: on success, the reads its cache policy names are made stale (and read again where shown). */
export function useContractMutation<M extends ChangeMethod>(method: M) {
  const queryClient = useQueryClient();
  const mutation = useMutation<ApiOutput<M>, ContractError, ApiInput<M>>({
    mutationFn: (input) => answerOf(apiCall(method, input)),
    onSuccess: (_output, input) => invalidateAfter(queryClient, method, input),
  });
  const { mutateAsync } = mutation;
  /** The call as a Result envelope, for handlers that show the error message themselves. */
  const run = useCallback(
    (input: ApiInput<M>): Promise<Result<ApiOutput<M>>> =>
      mutateAsync(input).then((value) => ({ ok: true as const, value }), envelopeOf<ApiOutput<M>>),
    [mutateAsync],
  );
  return { ...mutation, run };
}

/** For changes made outside a hook (the autosaver): the same invalidation a mutation applies. */
export function useInvalidateAfter() {
  const queryClient = useQueryClient();
  return useCallback((method: MethodName, input: unknown) => void invalidateAfter(queryClient, method, input), [queryClient]);
}
