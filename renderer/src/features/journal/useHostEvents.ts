// Answers the host's requests while the journal is open: save before a lock it is about to make, menu commands, the check-in reminder.
import { useEffect, useRef } from 'react';
import { api } from '../../api/client';
import type { AppCommand } from '../../contract';

export function useHostEvents(flush: () => Promise<boolean>, commands: Partial<Record<AppCommand, () => void>>, onReminder: () => void = () => {}) {
  // The latest handlers without resubscribing on every render.
  const latest = useRef({ flush, commands, onReminder });
  useEffect(() => {
    latest.current = { flush, commands, onReminder };
  });

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.name === 'vault.willLock') {
          // Save what is pending, then lock with the host's reason; the host locks anyway after its grace period.
          void latest.current.flush().finally(() => void api['vault.lock']({ reason: event.reason }));
        } else if (event.name === 'app.command' && event.command) {
          latest.current.commands[event.command]?.();
        } else if (event.name === 'reminders.checkIn') {
          latest.current.onReminder();
        }
      }),
    [],
  );
}
