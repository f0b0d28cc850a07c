// Where each key moves focus in the entry list (one Tab stop, roving): arrows by one, PageUp/PageDown by a screenful, Home/End.
export const ROVING_KEYS = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'] as const;
export type RovingKey = (typeof ROVING_KEYS)[number];

export const isRovingKey = (key: string): key is RovingKey => (ROVING_KEYS as readonly string[]).includes(key);

/** The position to focus, clamped to the rows loaded; `page` is how many rows a screen shows. */
export function moveTo(key: RovingKey, position: number, count: number, page: number): number {
  const last = count - 1;
  const target = {
    ArrowDown: position + 1,
    ArrowUp: position - 1,
    PageDown: position + page,
    PageUp: position - page,
    Home: 0,
    End: last,
  }[key];
  return Math.max(0, Math.min(last, target));
}
