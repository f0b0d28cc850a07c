// Focus never falls to <body> in the journal: on arrival (after create or unlock) and when the focused control disappears
// (a dialog closing, an entry trashed), it lands on the main pane, so keyboard and screen-reader users keep their place.
import { useEffect, type RefObject } from 'react';

const lost = () => document.activeElement === null || document.activeElement === document.body;

export function useFocusLanding(landing: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const land = () => {
      if (lost()) landing.current?.focus({ preventScroll: true });
    };
    land();
    // Only when the focused control itself went away: Tab past the last control (focus leaving the page) must not be pulled
    // back, or the sidebar would become unreachable. Waits a frame, since a closing dialog hands focus back itself.
    const onFocusOut = (event: FocusEvent) => {
      const left = event.target;
      if (event.relatedTarget !== null || !(left instanceof Node)) return;
      requestAnimationFrame(() => {
        if (!left.isConnected) land();
      });
    };
    document.addEventListener('focusout', onFocusOut);
    return () => document.removeEventListener('focusout', onFocusOut);
  }, [landing]);
}
