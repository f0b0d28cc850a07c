// Quit and window close wait for the renderer to save (vault.willLock) before the journal locks.
import { describe, expect, it, vi } from 'vitest';
import { lockBeforeClose, lockBeforeQuit } from '../../../electron/main/gracefulLock';

type Listener = (event: { preventDefault: () => void }) => void;

function fakeJournal(unlocked: boolean) {
  const journal = {
    unlocked,
    isUnlocked: () => journal.unlocked,
    requestLock: vi.fn(async () => {
      journal.unlocked = false;
    }),
  };
  return journal;
}

describe('lockBeforeQuit', () => {
  it('holds the quit until the journal is locked, then quits once', async () => {
    const listeners = new Map<string, Listener>();
    const app = { on: (name: string, listener: Listener) => listeners.set(name, listener), quit: vi.fn() };
    const journal = fakeJournal(true);
    lockBeforeQuit(app as never, journal);
    const first = { preventDefault: vi.fn() };
    listeners.get('before-quit')!(first);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    expect(journal.requestLock).toHaveBeenCalledWith('quit');
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    const second = { preventDefault: vi.fn() };
    listeners.get('before-quit')!(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('lets a quit through at once when the journal is already locked', () => {
    const listeners = new Map<string, Listener>();
    const journal = fakeJournal(false);
    lockBeforeQuit({ on: (name: string, listener: Listener) => listeners.set(name, listener), quit: vi.fn() } as never, journal);
    const event = { preventDefault: vi.fn() };
    listeners.get('before-quit')!(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(journal.requestLock).not.toHaveBeenCalled();
  });
});

describe('lockBeforeClose', () => {
  it('closes the window only after the journal is locked', async () => {
    const listeners = new Map<string, Listener>();
    const window = { on: (name: string, listener: Listener) => listeners.set(name, listener), close: vi.fn(), isDestroyed: () => false };
    const journal = fakeJournal(true);
    lockBeforeClose(window as never, journal);
    const event = { preventDefault: vi.fn() };
    listeners.get('close')!(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(window.close).toHaveBeenCalledOnce());
    const again = { preventDefault: vi.fn() };
    listeners.get('close')!(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
