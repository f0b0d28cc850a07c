// The journal locks when the computer sleeps, locks its screen or ends the session, by each platform's own signal.
// power-monitor.md (Electron 45): 'lock-screen' is macOS and Windows only, 'shutdown' Linux and macOS only, and
// getSystemIdleState() answers 'locked' "on supported systems only". app.md: Windows emits neither 'before-quit' nor
// 'will-quit' on shutdown, restart or logout; browser-window.md: the window gets 'query-session-end' and 'session-end'.
import type { App, BrowserWindow, PowerMonitor } from 'electron';
import type { Journal } from '../core/journal';

type LockingJournal = Pick<Journal, 'requestLock' | 'lock' | 'isUnlocked'>;

/** Suspend leaves little time: a shorter grace, then lock whatever the renderer managed to save. */
export const SUSPEND_GRACE_MS = 800;
/** How often Linux is asked whether the screen is locked: the journal locks at most this long after the screen does. */
export const LINUX_LOCK_POLL_MS = 5_000;

export interface SystemLockOptions {
  powerMonitor: Pick<PowerMonitor, 'on' | 'getSystemIdleState'>;
  app: Pick<App, 'quit'>;
  journal: LockingJournal;
  platform: NodeJS.Platform;
  setInterval?: (run: () => void, ms: number) => unknown;
}

export function lockOnSystemEvents({
  powerMonitor,
  app,
  journal,
  platform,
  setInterval = globalThis.setInterval,
}: SystemLockOptions): void {
  powerMonitor.on('suspend', () => void journal.requestLock('suspend', SUSPEND_GRACE_MS));
  powerMonitor.on('lock-screen', () => void journal.requestLock('screen-lock'));
  // Delaying the shutdown is allowed only if the app then quits as soon as it can (power-monitor.md). electron.d.ts
  // types this listener without the event the docs (and lib/browser/api/power-monitor.ts) pass, hence the cast.
  const onShutdown = (event?: { preventDefault(): void }) => {
    if (!journal.isUnlocked()) return;
    event?.preventDefault();
    void journal.requestLock('quit', SUSPEND_GRACE_MS).finally(() => app.quit());
  };
  powerMonitor.on('shutdown', onShutdown as () => void);
  if (platform === 'linux') pollLinuxScreenLock(powerMonitor, journal, setInterval);
}

/** Linux has no 'lock-screen' event; the idle state says 'locked' where the desktop reports it (GNOME, KDE via logind). */
function pollLinuxScreenLock(
  powerMonitor: SystemLockOptions['powerMonitor'],
  journal: LockingJournal,
  setInterval: NonNullable<SystemLockOptions['setInterval']>,
) {
  let wasLocked = false;
  setInterval(() => {
    const locked = powerMonitor.getSystemIdleState(1) === 'locked';
    if (locked && !wasLocked && journal.isUnlocked()) void journal.requestLock('screen-lock');
    wasLocked = locked;
  }, LINUX_LOCK_POLL_MS);
}

/**
 * Windows: 'query-session-end' comes first and still allows the renderer its grace to save; 'session-end' means the
 * session is ending now, so the journal locks at once (locking closes the database after its last committed save).
 */
export function lockOnSessionEnd(window: Pick<BrowserWindow, 'on'>, journal: LockingJournal): void {
  window.on('query-session-end', () => void journal.requestLock('quit', SUSPEND_GRACE_MS));
  window.on('session-end', () => journal.lock('quit'));
}
