import { describe, expect, it, vi } from 'vitest';
import { ipcEventChannel, type AppEvent } from '../../../electron/contract/methodNames';
import { forwardJournalEvents } from '../../../electron/main/journalEvents';

function fakeJournal() {
  const listeners = new Set<(event: AppEvent) => void>();
  return {
    onEvent: (listener: (event: AppEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event: AppEvent) => listeners.forEach((listener) => listener(event)),
  };
}

describe('forwardJournalEvents', () => {
  it('sends each event to the window on the contract event channel', () => {
    const journal = fakeJournal();
    const contents = { isDestroyed: () => false, send: vi.fn() };
    forwardJournalEvents(journal, () => contents as never);
    journal.emit({ name: 'vault.locked', reason: 'screen-lock' });
    expect(contents.send).toHaveBeenCalledWith(ipcEventChannel, { name: 'vault.locked', reason: 'screen-lock' });
  });

  it('drops events while there is no live window', () => {
    const journal = fakeJournal();
    const destroyed = { isDestroyed: () => true, send: vi.fn() };
    const window: { contents?: typeof destroyed } = {};
    forwardJournalEvents(journal, () => window.contents as never);
    expect(() => journal.emit({ name: 'vault.locked', reason: 'quit' })).not.toThrow();
    window.contents = destroyed;
    journal.emit({ name: 'vault.locked', reason: 'quit' });
    expect(destroyed.send).not.toHaveBeenCalled();
  });
});
