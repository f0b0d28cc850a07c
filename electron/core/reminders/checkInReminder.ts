// The optional check-in reminder: once a day, at the writer's chosen local time on chosen weekdays, core emits reminders.checkIn.
import type { CheckInReminder } from '../../contract/settings/schemas';
import { toDay } from '../commitments/rhythm';
import type { Clock } from '../lock/idleTimer';

/** How often the time is looked at; a reminder is given up to a few minutes late (a sleeping laptop), never early. */
export const TICK_MS = 30_000;
const GRACE_MINUTES = 5;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Whether `at` falls in the reminder's window today (from its time to a few minutes after), on one of its days. */
export function reminderWindowOpen(setting: CheckInReminder, at: Date): boolean {
  if (!setting.enabled || !setting.days.includes(at.getDay())) return false;
  const late = at.getHours() * 60 + at.getMinutes() - minutesOf(setting.time);
  return late >= 0 && late < GRACE_MINUTES;
}

/**
 * Runs while the app runs. The setting lives in the encrypted journal, so the journal hands it over after each unlock or change;
 * it is kept in memory only (a time and weekdays, never words) so the reminder still comes while the journal is locked.
 */
export class CheckInReminders {
  private setting: CheckInReminder | null = null;
  private handle: unknown = null;
  private lastDay: string | null = null;

  constructor(
    private readonly now: () => Date,
    private readonly clock: Pick<Clock, 'setTimeout' | 'clearTimeout'>,
    private readonly remind: () => void,
  ) {}

  update(setting: CheckInReminder): void {
    this.setting = setting;
    if (setting.enabled && this.handle === null) this.schedule();
    if (!setting.enabled) this.stop();
  }

  stop(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
  }

  private schedule(): void {
    this.handle = this.clock.setTimeout(() => this.tick(), TICK_MS);
  }

  private tick(): void {
    const at = this.now();
    const day = toDay(at);
    if (this.setting && reminderWindowOpen(this.setting, at) && this.lastDay !== day) {
      this.lastDay = day;
      this.remind();
    }
    this.schedule();
  }
}
