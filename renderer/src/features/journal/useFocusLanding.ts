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
    // relatedTarget is null when focus goes nowhere; the check waits a frame, since a closing dialog hands focus back itself.
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget === null) requestAnimationFrame(land);
    };
    document.addEventListener('focusout', onFocusOut);
    return () => document.removeEventListener('focusout', onFocusOut);
  }, [landing]);
}
