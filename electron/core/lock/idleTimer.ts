// The auto-lock countdown: calls onIdle once no activity was reported for the interval. Pure apart from the injected clock and timers.
export interface Clock {
  /** Milliseconds from a monotonic source, so changing the wall clock neither locks early nor late. */
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // A pending auto-lock must not keep a host process alive on its own.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class IdleTimer {
  private intervalMs: number | null = null;
  private lastActivity = 0;
  private handle: unknown = null;
  private running = false;

  constructor(
    private readonly onIdle: () => void,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Begin counting from now (the journal was just unlocked). */
  start(intervalMs: number | null): void {
    this.running = true;
    this.intervalMs = intervalMs;
    this.touch();
  }

  stop(): void {
    this.running = false;
    this.cancel();
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** A new interval (setting changed) counts from the last activity, not from scratch. null: never lock. */
  setInterval(intervalMs: number | null): void {
    this.intervalMs = intervalMs;
    if (!this.running) return;
    this.cancel();
    this.schedule();
  }

  touch(): void {
    if (!this.running) return;
    this.lastActivity = this.clock.now();
    // One pending timer at a time: activity only moves the deadline, and the timer re-arms itself when it fires early.
    if (this.handle === null) this.schedule();
  }

  private schedule(): void {
    if (this.intervalMs === null) return;
    const remaining = this.lastActivity + this.intervalMs - this.clock.now();
    this.handle = this.clock.setTimeout(() => this.fire(), Math.max(0, remaining));
  }

  private fire(): void {
    this.handle = null;
    if (!this.running || this.intervalMs === null) return;
    if (this.clock.now() - this.lastActivity >= this.intervalMs) {
      this.running = false;
      this.onIdle();
    } else {
      this.schedule();
    }
  }

  private cancel(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
  }
}
