import { beforeEach, describe, expect, it } from 'vitest';
import { IdleTimer } from '../../../../electron/core/lock/idleTimer';
import { FakeClock } from '../../helpers/fakeClock';

describe('IdleTimer', () => {
  let clock: FakeClock;
  let idle: number;
  let timer: IdleTimer;
  beforeEach(() => {
    clock = new FakeClock();
    idle = 0;
    timer = new IdleTimer(() => idle++, clock);
  });

  it('fires once the interval passes without activity, and only once', () => {
    timer.start(60_000);
    clock.advance(59_999);
    expect(idle).toBe(0);
    clock.advance(1);
    expect(idle).toBe(1);
    clock.advance(600_000);
    expect(idle).toBe(1);
    expect(timer.isRunning).toBe(false);
  });

  it('counts from the last activity', () => {
    timer.start(60_000);
    clock.advance(50_000);
    timer.touch();
    clock.advance(50_000);
    expect(idle).toBe(0);
    clock.advance(10_000);
    expect(idle).toBe(1);
  });

  it('keeps one pending timer however much activity there is', () => {
    timer.start(60_000);
    for (let i = 0; i < 1000; i++) {
      clock.advance(10);
      timer.touch();
    }
    expect(clock.pendingCount).toBe(1);
  });

  it('never fires with a null interval ("never")', () => {
    timer.start(null);
    clock.advance(24 * 3600_000);
    expect(idle).toBe(0);
    expect(clock.pendingCount).toBe(0);
  });

  it('applies a new interval counted from the last activity', () => {
    timer.start(null);
    clock.advance(120_000);
    timer.setInterval(60_000);
    expect(idle).toBe(0);
    clock.advance(0);
    expect(idle).toBe(1);

    timer.start(15 * 60_000);
    clock.advance(2 * 60_000);
    timer.setInterval(60_000);
    clock.advance(0);
    expect(idle).toBe(2);
  });

  it('does nothing once stopped, and ignores activity while stopped', () => {
    timer.start(60_000);
    timer.stop();
    timer.touch();
    clock.advance(120_000);
    expect(idle).toBe(0);
    expect(clock.pendingCount).toBe(0);
  });
});
