// One event stream per page, however many listeners: each open stream holds one of the browser's six connections to the host.
import type { AppEvent } from '../contract';

type Listener = (event: AppEvent) => void;

/** Opens the stream for the first listener, fans each event out to all of them, and closes it after the last leaves. */
export function sharedSubscription(open: (emit: Listener) => () => void): (listener: Listener) => () => void {
  const listeners = new Set<Listener>();
  let close: (() => void) | null = null;
  return (listener) => {
    listeners.add(listener);
    close ??= open((event) => [...listeners].forEach((each) => each(event)));
    return () => {
      listeners.delete(listener);
      if (listeners.size > 0) return;
      close?.();
      close = null;
    };
  };
}
