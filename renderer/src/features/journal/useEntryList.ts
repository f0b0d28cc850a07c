// The entry list in memory: first page on mount, older pages on demand, and local updates as saves confirm.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Entry, EntrySummary } from '../../contract';

/** Same order as core's list: newest day first, then newest created, then id. */
export function byNewest(a: EntrySummary, b: EntrySummary): number {
  return b.entryDate.localeCompare(a.entryDate) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
}

export function toSummary(entry: Entry | EntrySummary): EntrySummary {
  const { doc: _doc, ...summary } = entry as Entry;
  return summary;
}

export function useEntryList() {
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const loadPage = useCallback(async (cursor?: string) => {
    const result = await api['entries.list'](cursor ? { cursor } : {});
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setEntries((current) => [...(cursor ? (current ?? []) : []), ...result.value.items]);
    setNextCursor(result.value.nextCursor);
  }, []);

  useEffect(() => {
    void loadPage();
  }, [loadPage]);

  const upsert = useCallback((entry: Entry | EntrySummary) => {
    const summary = toSummary(entry);
    setEntries((current) => [...(current ?? []).filter((e) => e.id !== summary.id), summary].sort(byNewest));
  }, []);

  const remove = useCallback((id: string) => setEntries((current) => (current ?? []).filter((e) => e.id !== id)), []);

  const loadMore = useCallback(() => {
    if (nextCursor) void loadPage(nextCursor);
  }, [loadPage, nextCursor]);

  return { entries, error, hasMore: nextCursor !== null, loadMore, upsert, remove };
}
