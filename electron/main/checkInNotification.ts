// The check-in reminder as an OS notification. It says only "Time for your check-in": a notification can be read on a lock screen.
import type { Notification as ElectronNotification } from 'electron';
import type { Journal } from '../core/journal';

export const CHECK_IN_NOTICE = 'Time for your check-in';

type NotificationClass = Pick<typeof ElectronNotification, 'isSupported'> & {
  new (options: { title: string; body: string; silent: boolean }): { show(): void };
};

/** Shows one quiet notification for each reminders.checkIn event; returns the unsubscribe. */
export function notifyCheckIns(journal: Pick<Journal, 'onEvent'>, Notification: NotificationClass): () => void {
  return journal.onEvent((event) => {
    if (event.name !== 'reminders.checkIn' || !Notification.isSupported()) return;
    new Notification({ title: 'Afterword', body: CHECK_IN_NOTICE, silent: true }).show();
  });
}
