// Tells core the writer is still here (keys, pointer, wheel) so the auto-lock countdown restarts: at most once per
// window, plus once at the window's end when input went on, so core never sees a gap longer than the window while
// someone is typing, and the idle lock comes between N and N + TOUCH_EVERY_MS after the last input.
import { useEffect } from 'react';
import { api } from '../../api/client';

/** Far below the shortest auto-lock setting (1 minute). */
export const TOUCH_EVERY_MS = 5_000;

export function useActivityTouch(onLocked: () => void) {
  useEffect(() => {
    let lastSent = 0;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      lastSent = Date.now();
      // LOCKED means the journal closed behind our back (an event we missed): show the unlock screen.
      void api['vault.touch']({}).then((result) => {
        if (!result.ok && result.error.code === 'LOCKED') onLocked();
      });
    };
    const onActivity = () => {
      const wait = lastSent + TOUCH_EVERY_MS - Date.now();
      if (wait <= 0) return send();
      trailing ??= setTimeout(() => {
        trailing = undefined;
        send();
      }, wait);
    };
    const events = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
    for (const name of events) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      clearTimeout(trailing);
      for (const name of events) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [onLocked]);
}
