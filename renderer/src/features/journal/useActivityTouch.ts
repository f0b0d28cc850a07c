// Tells core the writer is still here (keys, pointer, wheel) so the auto-lock countdown restarts; at most once per interval.
import { useEffect } from 'react';
import { api } from '../../api/client';

/** Well under the shortest auto-lock setting (1 minute), so activity is never missed by more than this. */
export const TOUCH_EVERY_MS = 15_000;

export function useActivityTouch(onLocked: () => void) {
  useEffect(() => {
    let last = 0;
    const touch = () => {
      const now = Date.now();
      if (now - last < TOUCH_EVERY_MS) return;
      last = now;
      // LOCKED means the journal closed behind our back (an event we missed): show the unlock screen.
      void api['vault.touch']({}).then((result) => {
        if (!result.ok && result.error.code === 'LOCKED') onLocked();
      });
    };
    const events = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
    for (const name of events) window.addEventListener(name, touch, { capture: true, passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, touch, { capture: true });
    };
  }, [onLocked]);
}
