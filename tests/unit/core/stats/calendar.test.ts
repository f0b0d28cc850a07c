// entries.calendar on a real encrypted journal: one month's days, their counts and average closing moods, trashed entries left out.
import { describe, expect } from 'vitest';
import { call, journalTest as it } from '../../helpers/tempJournal';
import { write } from './overTimeEntries';

describe('entries.calendar', () => {
  it('answers the days of the month that hold entries, with the average of the moods that were given', async ({ journal }) => {
    await write(journal, '2026-11-03', { mood: 2 });
    await write(journal, '2026-11-03', { mood: null });
    await write(journal, '2026-11-03', { mood: 5 });
    await write(journal, '2026-11-20');
    await write(journal, '2026-10-31', { mood: 1 });
    await write(journal, '2026-12-01', { mood: 1 });
    expect(await call(journal, 'entries.calendar', { year: 2026, month: 11 })).toEqual({
      days: [
        { date: '2026-11-03', count: 3, mood: 3.5 },
        { date: '2026-11-20', count: 1, mood: null },
      ],
    });
  });

  it('takes December up to the year end and leap February whole', async ({ journal }) => {
    await write(journal, '2026-12-31', { mood: 4 });
    await write(journal, '2027-01-01', { mood: 2 });
    await write(journal, '2028-02-29', { mood: 3 });
    await write(journal, '2028-03-01', { mood: 3 });
    expect((await call(journal, 'entries.calendar', { year: 2026, month: 12 })).days.map((d) => d.date)).toEqual(['2026-12-31']);
    expect((await call(journal, 'entries.calendar', { year: 2027, month: 1 })).days.map((d) => d.date)).toEqual(['2027-01-01']);
    expect((await call(journal, 'entries.calendar', { year: 2028, month: 2 })).days.map((d) => d.date)).toEqual(['2028-02-29']);
  });

  it('never counts an entry in the Trash, and counts it again once restored', async ({ journal }) => {
    await write(journal, '2026-11-03', { mood: 4 });
    const trashed = await write(journal, '2026-11-03', { mood: 1 });
    await call(journal, 'entries.trash', { id: trashed });
    expect((await call(journal, 'entries.calendar', { year: 2026, month: 11 })).days).toEqual([{ date: '2026-11-03', count: 1, mood: 4 }]);
    await call(journal, 'entries.restore', { id: trashed });
    expect((await call(journal, 'entries.calendar', { year: 2026, month: 11 })).days).toEqual([
      { date: '2026-11-03', count: 2, mood: 2.5 },
    ]);
  });

  it('refuses a month that does not exist, with INVALID_INPUT', async ({ journal }) => {
    for (const input of [{ year: 2026, month: 13 }, { year: 2026, month: 0 }, { year: 2026.5, month: 1 }, { year: 2026 }]) {
      expect(await journal.dispatch('entries.calendar', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });
});
