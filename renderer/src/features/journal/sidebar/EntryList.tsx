// The journal's entries as one continuous virtualized list under month headings: the next page loads as the end comes into
// view, only the rows on screen are drawn, and the list is one Tab stop (arrows, PageUp/PageDown, Home/End move).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useContractPages } from '../../../data/useContract';
import { listInput, type ListFilter } from '../list/listFilter';
import { listRows } from '../list/listRows';
import { useRovingList } from '../list/useRovingList';
import { useStar } from '../list/useStar';
import { EntryRow } from './EntryRow';

/** Ask for the next page when the last drawn row is this close to the end of what is loaded. */
const NEAR_END = 20;
/** Row heights before they are measured: an entry, and the month heading above a month's first entry. */
const ESTIMATE = { entry: 104, month: 34 };

interface EntryListProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
  filter: ListFilter;
  /** "Go to date": the list starts at the newest entry on or before this day. */
  anchor: string | null;
  /** Move focus to the first entry once loaded (after "Go to date", not after a filter changed under the pointer). */
  focusOnLoad: boolean;
  templateName: (id: string | null) => string | null;
  emptyMessage: string;
}

export function EntryList({ selectedId, onSelect, filter, anchor, focusOnLoad, templateName, emptyMessage }: EntryListProps) {
  const input = useMemo(() => listInput(filter, anchor), [filter, anchor]);
  const { items: entries, error, hasMore, loadingMore, loadMore } = useContractPages('entries.list', input);
  const star = useStar();
  const rows = useMemo(() => listRows(entries ?? []), [entries]);
  const ids = useMemo(() => (entries ?? []).map((entry) => entry.id), [entries]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => ESTIMATE.entry + (rows[index]!.month ? ESTIMATE.month : 0),
    getItemKey: (index) => rows[index]!.entry.id,
    overscan: 6,
  });
  const roving = useRovingList({
    ids,
    selectedId,
    pageSize: () => Math.max(1, Math.floor((scroller.current?.clientHeight ?? 0) / ESTIMATE.entry)),
    reveal: (position) => virtualizer.scrollToIndex(position, { align: 'auto' }),
  });
  const drawn = virtualizer.getVirtualItems();
  const lastDrawn = drawn[drawn.length - 1]?.index ?? -1;

  // loadMore joins a load in flight, so asking again while one is on its way costs nothing.
  const loadNext = useEffectEvent(loadMore);
  useEffect(() => {
    if (hasMore && rows.length > 0 && lastDrawn >= rows.length - NEAR_END) loadNext();
  }, [hasMore, lastDrawn, rows.length]);

  // After "Go to date" focus lands on the entry the list now starts at, once it has loaded (the pane remounts the list per jump).
  const focusFirst = useEffectEvent(() => focusOnLoad && roving.focusAt(0));
  const loaded = entries !== null && entries.length > 0;
  useEffect(() => {
    if (loaded) focusFirst();
  }, [loaded]);

  if (entries === null) return <p className="list-empty">Opening your entries…</p>;
  return (
    <>
      <ErrorMessage message={error ?? star.error} />
      <div ref={scroller} className="entry-scroller">
        {entries.length === 0 ? (
          <p className="list-empty">{emptyMessage}</p>
        ) : (
          <ul
            ref={roving.listRef}
            className="entry-list"
            aria-label="Entries"
            aria-busy={loadingMore}
            onKeyDown={roving.onKeyDown}
            style={{ height: virtualizer.getTotalSize() }}
          >
            {drawn.map((item) => {
              const { entry, month } = rows[item.index]!;
              return (
                <EntryRow
                  key={item.key}
                  rowRef={virtualizer.measureElement}
                  index={item.index}
                  style={{ transform: `translateY(${item.start}px)` }}
                  heading={month}
                  entry={entry}
                  templateName={templateName(entry.templateId)}
                  selected={entry.id === selectedId}
                  onSelect={() => onSelect(entry.id)}
                  tabbable={entry.id === roving.tabbableId}
                  onFocus={() => roving.onRowFocus(entry.id)}
                  onStar={() => star.toggle(entry)}
                />
              );
            })}
          </ul>
        )}
        {hasMore && entries.length > 0 && <p className="list-more">Loading older entries…</p>}
      </div>
    </>
  );
}
