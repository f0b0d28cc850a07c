// The reminder's OS notification says only that it is time, never a commitment's words, and only for reminder events.
import { describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../electron/contract';
import { CHECK_IN_NOTICE, notifyCheckIns } from '../../../electron/main/checkInNotification';

function fakes(supported = true) {
  const shown: Array<{ title: string; body: string; silent: boolean }> = [];
  class FakeNotification {
    static isSupported = () => supported;
    constructor(private readonly options: { title: string; body: string; silent: boolean }) {}
    show() {
      shown.push(this.options);
    }
  }
  let listener: (event: AppEvent) => void = () => {};
  const journal = { onEvent: vi.fn((l: (event: AppEvent) => void) => ((listener = l), () => {})) };
  return { shown, FakeNotification, journal, fire: (event: AppEvent) => listener(event) };
}

describe('notifyCheckIns', () => {
  it('shows one silent notification per reminder, saying only that it is time', () => {
    const { shown, FakeNotification, journal, fire } = fakes();
    notifyCheckIns(journal, FakeNotification);
    fire({ name: 'vault.locked', reason: 'idle' });
    fire({ name: 'reminders.checkIn' });
    expect(shown).toEqual([{ title: 'Afterword', body: CHECK_IN_NOTICE, silent: true }]);
    expect(CHECK_IN_NOTICE).toBe('Time for your check-in');
  });

  it('stays quiet where the system has no notifications', () => {
    const { shown, FakeNotification, journal, fire } = fakes(false);
    notifyCheckIns(journal, FakeNotification);
    fire({ name: 'reminders.checkIn' });
    expect(shown).toEqual([]);
  });
});
