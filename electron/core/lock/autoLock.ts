// Auto-lock policy: runs the idle countdown while the journal is unlocked, at the interval the settings choose.
import { IdleTimer, systemClock, type Clock } from './idleTimer';

export interface AutoLockOptions {
  /** Test-only: lock after this many ms without activity, whatever the setting says (browser host's --auto-lock-seconds). */
  overrideMs?: number;
  clock?: Clock;
}

export class AutoLock {
  private readonly timer: IdleTimer;

  constructor(
    onIdle: () => void,
    private readonly options: AutoLockOptions = {},
  ) {
    this.timer = new IdleTimer(onIdle, options.clock ?? systemClock);
  }

  get running(): boolean {
    return this.timer.isRunning;
  }

  /** The journal was just unlocked: count from now. */
  unlocked(minutes: number | null): void {
    this.timer.start(this.intervalMs(minutes));
  }

  locked(): void {
    this.timer.stop();
  }

  touch(): void {
    this.timer.touch();
  }

  settingChanged(minutes: number | null): void {
    this.timer.setInterval(this.intervalMs(minutes));
  }

  private intervalMs(minutes: number | null): number | null {
    if (this.options.overrideMs !== undefined) return this.options.overrideMs;
    return minutes === null ? null : minutes * 60_000;
  }
}
