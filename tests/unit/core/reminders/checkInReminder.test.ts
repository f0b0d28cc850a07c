// The check-in reminder comes once, at the chosen time on chosen days, while the app runs; never when off.
import { describe, expect, it } from 'vitest';
import { CheckInReminders, reminderWindowOpen, TICK_MS } from '../../../../electron/core/reminders/checkInReminder';
import { call, withCreatedJournal } from '../../helpers/tempJournal';
import type { Journal } from '../../../../electron/core/journal';
import { FakeClock } from '../../helpers/fakeClock';

const everyDay = [0, 1, 2, 3, 4, 5, 6];

describe('reminderWindowOpen', () => {
  const setting = { enabled: true, time: '20:30', days: [1, 3] };
  it('opens at the chosen minute on chosen days, for a few minutes', () => {
    // 2026-11-23 is a Monday, 2026-11-24 a Tuesday.
    expect(reminderWindowOpen(setting, new Date(2026, 10, 23, 20, 29))).toBe(false);
    expect(reminderWindowOpen(setting, new Date(2026, 10, 23, 20, 30))).toBe(true);
    expect(reminderWindowOpen(setting, new Date(2026, 10, 23, 20, 34))).toBe(true);
    expect(reminderWindowOpen(setting, new Date(2026, 10, 23, 20, 35))).toBe(false);
    expect(reminderWindowOpen(setting, new Date(2026, 10, 24, 20, 30))).toBe(false);
    expect(reminderWindowOpen({ ...setting, enabled: false }, new Date(2026, 10, 23, 20, 30))).toBe(false);
  });
});

describe('CheckInReminders', () => {
  it('reminds once per day however many ticks fall in the window, and stops when turned off', () => {
    const clock = new FakeClock();
    let at = new Date(2026, 10, 23, 20, 58);
    const reminded: string[] = [];
    const reminders = new CheckInReminders(
      () => at,
      clock,
      () => reminded.push(at.toTimeString().slice(0, 5)),
    );
    reminders.update({ enabled: true, time: '21:00', days: everyDay });
    for (let i = 0; i < 12; i += 1) {
      at = new Date(at.getTime() + TICK_MS);
      clock.advance(TICK_MS);
    }
    expect(reminded).toEqual(['21:00']);
    at = new Date(2026, 10, 24, 21, 0);
    clock.advance(TICK_MS);
    expect(reminded).toEqual(['21:00', '21:00']);
    reminders.update({ enabled: false, time: '21:00', days: everyDay });
    expect(clock.pendingCount).toBe(0);
  });
});

describe('the journal and its reminder', () => {
  let journal: Journal;
  const clock = new FakeClock();
  let at = new Date(2026, 10, 23, 7, 59, 50);
  withCreatedJournal((j) => (journal = j), { now: () => at, autoLock: { clock } });

  it('emits reminders.checkIn after the setting is turned on, also while locked, and nothing else', async () => {
    const events: string[] = [];
    journal.onEvent((event) => events.push(event.name));
    await call(journal, 'settings.update', { reminders: { checkIn: { enabled: true, time: '08:00', days: everyDay } } });
    await call(journal, 'vault.lock', {});
    at = new Date(2026, 10, 23, 8, 0, 20);
    clock.advance(TICK_MS);
    expect(events.filter((name) => name === 'reminders.checkIn')).toEqual(['reminders.checkIn']);
  });
});
