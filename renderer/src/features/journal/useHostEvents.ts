// Answers the host's requests while the journal is open: save before a lock it is about to make, menu commands, the check-in reminder.
import { useEffect, useEffectEvent } from 'react';
import { api } from '../../api/client';
import type { AppCommand, AppEvent } from '../../contract';

export function useHostEvents(flush: () => Promise<boolean>, runCommand: (command: AppCommand) => void, onReminder: () => void = () => {}) {
  // Sees the latest flush, commands and reminder handler without resubscribing on every render (React's useEffectEvent).
  const onEvent = useEffectEvent((event: AppEvent) => {
    if (event.name === 'vault.willLock') {
      // Save what is pending, then lock with the host's reason; the host locks anyway after its grace period.
      void flush().finally(() => void api['vault.lock']({ reason: event.reason }));
    } else if (event.name === 'app.command' && event.command) {
      runCommand(event.command);
    } else if (event.name === 'reminders.checkIn') {
      onReminder();
    }
  });

  useEffect(() => api.onEvent((event) => onEvent(event)), []);
}
