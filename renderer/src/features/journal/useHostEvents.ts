// Answers the host's requests while the journal is open: save before a lock it is about to make, and menu commands.
import { useEffect, useEffectEvent } from 'react';
import { api } from '../../api/client';
import type { AppCommand, AppEvent } from '../../contract';

export function useHostEvents(flush: () => Promise<boolean>, runCommand: (command: AppCommand) => void) {
  // Sees the latest flush and commands without resubscribing on every render (React's useEffectEvent).
  const onEvent = useEffectEvent((event: AppEvent) => {
    if (event.name === 'vault.willLock') {
      // Save what is pending, then lock with the host's reason; the host locks anyway after its grace period.
      void flush().finally(() => void api['vault.lock']({ reason: event.reason }));
    } else if (event.name === 'app.command' && event.command) {
      runCommand(event.command);
    }
  });

  useEffect(() => api.onEvent((event) => onEvent(event)), []);
}
