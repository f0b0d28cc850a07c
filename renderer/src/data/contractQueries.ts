// Query options for contract reads, single and paged (keyset cursors), built from the method and its input alone.
import type { InfiniteData, QueryClient } from '@tanstack/query-core';
import type { ApiInput, ApiOutput, ReadMethod } from '../contract';
import { answerOf, type ContractCall } from './contractError';
import { contractKey, pagesKey, type ContractKey } from './queryKeys';

export function contractQueryOptions<M extends ReadMethod>(call: ContractCall, method: M, input: ApiInput<M>) {
  return { queryKey: contractKey(method, input), queryFn: () => answerOf(call(method, input)) };
}

/** A page of a paged read: its items, and the cursor of the next page (null on the last). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Reads that answer in pages: their input takes a `cursor`, their answer is a Page. */
export type PagedMethod = {
  [M in ReadMethod]: ApiOutput<M> extends Page<{ id: string }> ? (NonNullable<ApiInput<M>> extends { cursor?: string } ? M : never) : never;
}[ReadMethod];

export type PageInput<M extends PagedMethod> = Omit<NonNullable<ApiInput<M>>, 'cursor'>;
export type PageItem<M extends PagedMethod> = ApiOutput<M> extends Page<infer T extends { id: string }> ? T : never;

export function pagedQueryOptions<M extends PagedMethod>(call: ContractCall, method: M, input: PageInput<M>) {
  return {
    queryKey: pagesKey(method, input),
    queryFn: ({ pageParam }: { pageParam: string | null }) =>
      answerOf(call(method, (pageParam ? { ...input, cursor: pageParam } : input) as ApiInput<M>)) as Promise<Page<PageItem<M>>>,
    initialPageParam: null as string | null,
    getNextPageParam: (last: Page<PageItem<M>>) => last.nextCursor,
  };
}

/**
 * The pages as one list. An item met twice (its date moved it past a page boundary while pages were read) is shown once,
 * where it was met first.
 */
export function uniqueItems<T extends { id: string }>(data: InfiniteData<Page<T>> | undefined): T[] | null {
  if (!data) return null;
  const seen = new Set<string>();
  return data.pages.flatMap((page) => page.items).filter((item) => !seen.has(item.id) && seen.add(item.id) !== undefined);
}

type FetchNextPage = (options: { cancelRefetch: false }) => Promise<unknown>;

/**
 * Asks for the page after the last one loaded. A second ask while one is on its way joins it (a double-click appends
 * the page once, with one request); an ask that joined a refresh already under way (after a save) asks again once it is done.
 */
export async function loadNextPage(queryClient: QueryClient, queryKey: ContractKey, fetchNextPage: FetchNextPage): Promise<void> {
  const loaded = () => queryClient.getQueryData<InfiniteData<unknown>>(queryKey)?.pages.length ?? 0;
  const before = loaded();
  await fetchNextPage({ cancelRefetch: false });
  if (loaded() === before) await fetchNextPage({ cancelRefetch: false });
}
