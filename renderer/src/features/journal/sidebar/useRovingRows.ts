// The entry list is one Tab stop: arrows, Home and End move between rows (roving tabindex), so Lock is not fifty Tabs away.
import { useState, type KeyboardEvent } from 'react';

const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (index, last) => Math.min(index + 1, last),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, last) => last,
};

export function useRovingRows(ids: readonly string[], selectedId: string | null) {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // The row that takes Tab: the one last focused, else the open entry, else the newest.
  const tabbableId = [focusedId, selectedId].find((id) => id !== null && ids.includes(id)) ?? ids[0] ?? null;

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const move = MOVES[event.key];
    if (!move) return;
    const rows = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button.row-main'));
    const index = rows.indexOf(document.activeElement as HTMLButtonElement);
    if (index === -1) return;
    event.preventDefault();
    rows[move(index, rows.length - 1)]?.focus();
  }

  return { tabbableId, onRowFocus: setFocusedId, onKeyDown };
}
