// The renderer's data layer against a real journal: pages load once however often asked, changes make the reads they name stale, a lock leaves nothing cached.
import { InfiniteQueryObserver, MutationObserver, type InfiniteData, type QueryClient } from '@tanstack/query-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Journal } from '../../../electron/core/journal';
import { cachePolicies, type CacheTarget, type EntrySummary, type MethodName } from '../../../electron/contract';
import { answerOf, type ContractCall } from '../../../renderer/src/data/contractError';
import { contractQueryOptions, loadNextPage, pagedQueryOptions, uniqueItems, type Page } from '../../../renderer/src/data/contractQueries';
import { invalidateAfter } from '../../../renderer/src/data/invalidate';
import { clearOnLock, createQueryClient } from '../../../renderer/src/data/queryClient';
import { call, paragraphDoc, withCreatedJournal } from '../helpers/tempJournal';

let journal: Journal;
withCreatedJournal((created) => (journal = created));

/** Core's dispatcher as the renderer's ContractCall, counting entries.list requests. */
function contractCall(): { call: ContractCall; listRequests: () => number } {
  let requests = 0;
  const dispatch: ContractCall = (method, input) => {
    if (method === 'entries.list') requests += 1;
    return journal.dispatch(method, input) as never;
  };
  return { call: dispatch, listRequests: () => requests };
}

async function createEntries(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let day = 1; day <= count; day += 1) {
    const entryDate = `2026-${String(Math.ceil(day / 28)).padStart(2, '0')}-${String(((day - 1) % 28) + 1).padStart(2, '0')}`;
    ids.push((await call(journal, 'entries.create', { entryDate, title: `Day ${day}` })).id);
  }
  return ids;
}

/** An entry list as the sidebar holds it: subscribed, first page loaded. */
async function openList(client: QueryClient, contract: ContractCall) {
  const options = pagedQueryOptions(contract, 'entries.list', {});
  const observer = new InfiniteQueryObserver(client, options);
  const unsubscribe = observer.subscribe(() => {});
  await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));
  const pages = () => client.getQueryData<InfiniteData<Page<EntrySummary>>>(options.queryKey);
  const loadMore = () => loadNextPage(client, options.queryKey, (o) => observer.fetchNextPage(o));
  return { observer, unsubscribe, pages, loadMore, items: () => uniqueItems(pages()) ?? [] };
}

describe('paged lists', () => {
  let client: QueryClient;
  beforeEach(() => {
    client = createQueryClient();
  });

  it('double-clicking Show older entries appends the page once, with one request', async () => {
    await createEntries(60);
    const contract = contractCall();
    const list = await openList(client, contract.call);
    expect(list.items()).toHaveLength(50);

    await Promise.all([list.loadMore(), list.loadMore()]);

    expect(list.pages()?.pages).toHaveLength(2);
    expect(list.items()).toHaveLength(60);
    expect(new Set(list.items().map((entry) => entry.id)).size).toBe(60);
    expect(contract.listRequests()).toBe(2);
    list.unsubscribe();
  });

  it('a page asked for while a save’s refresh is under way still arrives', async () => {
    await createEntries(60);
    const list = await openList(client, contractCall().call);
    const refresh = invalidateAfter(client, 'entries.update', { id: list.items()[0]!.id });
    await list.loadMore();
    await refresh;
    expect(list.items()).toHaveLength(60);
    list.unsubscribe();
  });

  it('shows a saved title, and an entry whose date moved past the loaded pages once, where it now belongs', async () => {
    await createEntries(60);
    const list = await openList(client, contractCall().call);
    const newest = list.items()[0]!;

    await call(journal, 'entries.update', { id: newest.id, title: 'Renamed', entryDate: '2020-01-01' });
    await invalidateAfter(client, 'entries.update', { id: newest.id });
    expect(list.items().map((entry) => entry.id)).not.toContain(newest.id);
    await list.loadMore();

    const items = list.items();
    expect(items).toHaveLength(60);
    expect(items.filter((entry) => entry.id === newest.id)).toEqual([expect.objectContaining({ title: 'Renamed' })]);
    expect(items.at(-1)?.id).toBe(newest.id);
    list.unsubscribe();
  });
});

describe('what a change makes stale', () => {
  it('import.json makes entries and templates stale and leaves settings alone', async () => {
    const client = createQueryClient();
    const contract = contractCall().call;
    const [id] = await createEntries(1);
    for (const [method, input] of [
      ['entries.get', { id }],
      ['templates.list', {}],
      ['settings.get', {}],
      ['entries.listTrash', {}],
    ] as const) {
      await client.fetchQuery(contractQueryOptions(contract, method, input as never));
    }
    await invalidateAfter(client, 'import.json', {});
    const stale = client
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.isInvalidated)
      .map((query) => query.queryKey[0]);
    expect(stale.sort()).toEqual(['entries.get', 'entries.listTrash', 'templates.list']);
  });

  it('a save makes only that entry stale, not other open entries', async () => {
    const client = createQueryClient();
    const contract = contractCall().call;
    const [first, second] = await createEntries(2);
    await client.fetchQuery(contractQueryOptions(contract, 'entries.get', { id: first! }));
    await client.fetchQuery(contractQueryOptions(contract, 'entries.get', { id: second! }));
    await invalidateAfter(client, 'entries.update', { id: first });
    expect(client.getQueryState(['entries.get', { id: first }])?.isInvalidated).toBe(true);
    expect(client.getQueryState(['entries.get', { id: second }])?.isInvalidated).toBe(false);
  });

  it('every method declares a policy, and changes name only reads as stale', () => {
    const reads = new Set(Object.entries(cachePolicies).flatMap(([method, policy]) => ('read' in policy ? [method] : [])));
    for (const [method, policy] of Object.entries(cachePolicies)) {
      if ('read' in policy || policy.invalidates === 'everything') continue;
      const targets = (policy.invalidates as readonly CacheTarget[]).map((target) => (typeof target === 'string' ? target : target.method));
      expect(
        targets.filter((target) => !reads.has(target)),
        method,
      ).toEqual([]);
    }
    expect(reads.has('entries.list' satisfies MethodName)).toBe(true);
  });
});

describe('locking', () => {
  const SECRET = 'words nobody else may read';

  /** A client holding an entry's text twice: a cached read and a save's input. */
  async function clientHoldingText(): Promise<QueryClient> {
    const client = createQueryClient();
    clearOnLock(client, journal.onEvent);
    const contract = contractCall().call;
    const entry = await call(journal, 'entries.create', { title: 'Private', doc: paragraphDoc(SECRET) });
    await client.fetchQuery(contractQueryOptions(contract, 'entries.get', { id: entry.id }));
    const save = new MutationObserver(client, {
      mutationFn: (input: { id: string; doc: unknown }) => answerOf(contract('entries.update', input as never)),
    });
    await save.mutate({ id: entry.id, doc: paragraphDoc(SECRET, 'and more') });
    expect(
      JSON.stringify(
        client
          .getQueryCache()
          .getAll()
          .map((query) => query.state.data),
      ),
    ).toContain(SECRET);
    expect(client.getMutationCache().getAll()).toHaveLength(1);
    return client;
  }

  const holdsNothing = (client: QueryClient) => {
    expect(client.getQueryCache().getAll()).toEqual([]);
    expect(client.getMutationCache().getAll()).toEqual([]);
  };

  it('a lock from the host (idle, suspend) leaves no entry text in the cache', async () => {
    const client = await clientHoldingText();
    journal.lock('suspend');
    holdsNothing(client);
  });

  it('the cache is dropped already when core asks to save before locking', async () => {
    const client = await clientHoldingText();
    const cleared = new Promise<void>((resolve) =>
      journal.onEvent((event) => {
        if (event.name === 'vault.willLock') resolve();
      }),
    );
    const locking = journal.requestLock('idle', 10);
    await cleared;
    holdsNothing(client);
    await locking;
  });

  it('locking from the journal screen (vault.lock) clears it too', async () => {
    const client = await clientHoldingText();
    await invalidateAfter(client, 'vault.lock', {});
    holdsNothing(client);
  });
});
