// The journal locks on each platform's own signal (power-monitor.md, app.md, browser-window.md of Electron 45).
import { describe, expect, it, vi } from 'vitest';
import { LINUX_LOCK_POLL_MS, lockOnSessionEnd, lockOnSystemEvents, SUSPEND_GRACE_MS } from '../../../electron/main/systemLockEvents';

type Listener = (...args: unknown[]) => void;

function setup(platform: NodeJS.Platform, unlocked = true) {
  const listeners = new Map<string, Listener>();
  let idleState = 'active';
  let tick: (() => void) | undefined;
  const journal = { requestLock: vi.fn(async () => {}), lock: vi.fn(), isUnlocked: vi.fn(() => unlocked) };
  const app = { quit: vi.fn() };
  const setInterval = vi.fn((run: () => void, ms: number) => {
    expect(ms).toBe(LINUX_LOCK_POLL_MS);
    tick = run;
  });
  lockOnSystemEvents({
    powerMonitor: {
      on: ((name: string, listener: Listener) => listeners.set(name, listener)) as never,
      getSystemIdleState: () => idleState as never,
    },
    app,
    journal,
    platform,
    setInterval,
  });
  return { listeners, journal, app, setInterval, setIdle: (state: string) => (idleState = state), tick: () => tick?.() };
}

describe('lockOnSystemEvents', () => {
  it('locks gracefully on suspend (short grace) and on lock-screen (macOS, Windows)', () => {
    const { listeners, journal } = setup('darwin');
    listeners.get('suspend')?.();
    listeners.get('lock-screen')?.();
    expect(journal.requestLock.mock.calls).toEqual([['suspend', SUSPEND_GRACE_MS], ['screen-lock']]);
  });

  it('delays a shutdown just long enough to save and lock, then quits (Linux, macOS)', async () => {
    const { listeners, journal, app } = setup('linux');
    const event = { preventDefault: vi.fn() };
    listeners.get('shutdown')?.(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(journal.requestLock).toHaveBeenCalledWith('quit', SUSPEND_GRACE_MS);
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
  });

  it('does not hold up a shutdown when the journal is already locked', () => {
    const { listeners, app } = setup('linux', false);
    const event = { preventDefault: vi.fn() };
    listeners.get('shutdown')?.(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('on Linux, which has no lock-screen event, locks once when the idle state turns to locked', () => {
    const { journal, tick, setIdle } = setup('linux');
    tick();
    expect(journal.requestLock).not.toHaveBeenCalled();
    setIdle('locked');
    tick();
    tick();
    expect(journal.requestLock.mock.calls).toEqual([['screen-lock']]);
    setIdle('active');
    tick();
    setIdle('locked');
    tick();
    expect(journal.requestLock).toHaveBeenCalledTimes(2);
  });

  it('does not poll on macOS or Windows, where lock-screen is emitted', () => {
    expect(setup('darwin').setInterval).not.toHaveBeenCalled();
    expect(setup('win32').setInterval).not.toHaveBeenCalled();
  });
});

describe('lockOnSessionEnd (Windows: no before-quit or will-quit on shutdown, restart or logout)', () => {
  it('saves and locks on query-session-end, and locks at once on session-end', () => {
    const listeners = new Map<string, Listener>();
    const journal = { requestLock: vi.fn(async () => {}), lock: vi.fn(), isUnlocked: () => true };
    lockOnSessionEnd({ on: ((name: string, listener: Listener) => listeners.set(name, listener)) as never }, journal);
    listeners.get('query-session-end')?.({});
    expect(journal.requestLock).toHaveBeenCalledWith('quit', SUSPEND_GRACE_MS);
    listeners.get('session-end')?.({});
    expect(journal.lock).toHaveBeenCalledWith('quit');
  });
});
