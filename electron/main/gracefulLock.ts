// Locking that first lets the renderer save what is pending (vault.willLock), on quit and on closing the window.
import type { App, BrowserWindow } from 'electron';
import type { Journal } from '../core/journal';

type LockingJournal = Pick<Journal, 'requestLock' | 'isUnlocked'>;

/** Holds the quit until the renderer has saved and the journal is locked, then lets it go on. */
export function lockBeforeQuit(app: Pick<App, 'on' | 'quit'>, journal: LockingJournal): void {
  let locked = false;
  app.on('before-quit', (event) => {
    if (locked || !journal.isUnlocked()) return;
    event.preventDefault();
    void journal.requestLock('quit').finally(() => {
      locked = true;
      app.quit();
    });
  });
}

/** Closing the window locks too (macOS keeps the app running); a prevented close during quit would cancel the quit, so only while unlocked. */
export function lockBeforeClose(window: Pick<BrowserWindow, 'on' | 'close' | 'isDestroyed'>, journal: LockingJournal): void {
  window.on('close', (event) => {
    if (!journal.isUnlocked()) return;
    event.preventDefault();
    void journal.requestLock('user').finally(() => {
      if (!window.isDestroyed()) window.close();
    });
  });
}
