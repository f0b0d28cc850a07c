// The entry list: newest first, pages of the contract's entries.list on demand, shared by every view that shows it.
import { useContractPages } from '../../data/useContract';
import { listInput } from './list/listFilter';

/** The unfiltered list, the same cached pages the sidebar shows. */
export function useEntryList() {
  const { items, error, hasMore, loadMore } = useContractPages('entries.list', listInput({}, null));
  return { entries: items, error, hasMore, loadMore };
}

/** The latest saved title of a listed entry (the open entry keeps the one it was opened with). */
export function listedTitle(entries: ReadonlyArray<{ id: string; title: string }> | null, id: string): string | undefined {
  return entries?.find((row) => row.id === id)?.title;
}
