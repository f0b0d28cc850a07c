// Roving focus over a virtualized list: only one row takes Tab; a key moves focus to a row that may not be rendered yet, so
// the list first scrolls it into view and focus follows once it is drawn.
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { isRovingKey, moveTo } from './rovingMoves';

interface RovingListOptions {
  ids: readonly string[];
  selectedId: string | null;
  /** Rows a screen shows (PageUp/PageDown). */
  pageSize: () => number;
  /** Brings the entry at this position into the scrolled view. */
  reveal: (position: number) => void;
}

export function useRovingList({ ids, selectedId, pageSize, reveal }: RovingListOptions) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // The row that takes Tab: the one last focused, else the open entry, else the newest.
  const tabbableId = [focusedId, selectedId].find((id) => id !== null && ids.includes(id)) ?? ids[0] ?? null;

  // Runs after each render until the row asked for is drawn (the virtualizer draws it after scrolling).
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const row = listRef.current?.querySelector<HTMLButtonElement>(`[data-entry-id="${CSS.escape(pendingFocus.current)}"] button.row-main`);
    if (!row) return;
    row.focus();
    pendingFocus.current = null;
  });

  function focusAt(position: number) {
    const id = ids[position];
    if (id === undefined) return;
    pendingFocus.current = id;
    setFocusedId(id);
    reveal(position);
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (!isRovingKey(event.key)) return;
    const current = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-entry-id]')?.dataset.entryId;
    const position = current === undefined ? -1 : ids.indexOf(current);
    if (position === -1) return;
    event.preventDefault();
    focusAt(moveTo(event.key, position, ids.length, pageSize()));
  }

  return { listRef, tabbableId, onRowFocus: setFocusedId, onKeyDown, focusAt };
}
