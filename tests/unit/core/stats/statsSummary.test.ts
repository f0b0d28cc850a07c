// stats.summary on a real encrypted journal: runs across month and year ends, DST and leap days; mood by week and month; before vs after.
import { describe, expect } from 'vitest';
import { call, journalTest } from '../../helpers/tempJournal';
import { daysBetween, write } from './overTimeEntries';

// Europe/London changes its clocks on 2026-03-29 and 2026-10-25: days and weeks must not notice.
process.env.TZ = 'Europe/London';
let clock = new Date(2026, 10, 29, 21, 0);
const it = journalTest.override({ journalOptions: { now: () => clock } });

describe('writing figures', () => {
  it('counts entries, words and days written, leaving out the Trash', async ({ journal }) => {
    await write(journal, '2026-11-02', { words: 'one two three' });
    await write(journal, '2026-11-02', { words: 'four five' });
    await write(journal, '2026-11-05', { words: 'six' });
    const trashed = await write(journal, '2026-11-06', { words: 'never counted at all' });
    await call(journal, 'entries.trash', { id: trashed });
    expect(await call(journal, 'stats.summary', {})).toMatchObject({ entries: 3, words: 6, daysWritten: 2 });
    expect(await call(journal, 'stats.summary', { from: '2026-11-03', to: '2026-11-30' })).toMatchObject({
      entries: 1,
      words: 1,
      daysWritten: 1,
    });
  });

  it('finds the longest run across a year end, and across the night the clocks go forward', async ({ journal }) => {
    for (const day of daysBetween('2026-12-29', '2027-01-02')) await write(journal, day);
    for (const day of daysBetween('2026-03-27', '2026-03-31')) await write(journal, day);
    await write(journal, '2026-03-31');
    expect(await call(journal, 'stats.summary', {})).toMatchObject({ longestRun: 5, daysWritten: 10, entries: 11 });
    expect(await call(journal, 'stats.summary', { to: '2026-12-31' })).toMatchObject({ longestRun: 5 });
    expect(await call(journal, 'stats.summary', { from: '2026-12-31' })).toMatchObject({ longestRun: 3 });
  });

  it('joins the last of February to the first of March, with or without a leap day', async ({ journal }) => {
    for (const day of ['2027-02-27', '2027-02-28', '2027-03-01']) await write(journal, day);
    for (const day of ['2028-02-28', '2028-03-01']) await write(journal, day);
    expect((await call(journal, 'stats.summary', { to: '2027-12-31' })).longestRun).toBe(3);
    expect((await call(journal, 'stats.summary', { from: '2028-01-01' })).longestRun).toBe(1);
    await write(journal, '2028-02-29');
    expect((await call(journal, 'stats.summary', { from: '2028-01-01' })).longestRun).toBe(3);
  });

  it('keeps the current run while today is still unwritten, and a trashed entry breaks nothing it did not make', async ({ journal }) => {
    clock = new Date(2026, 9, 26, 8, 0); // the morning after the clocks went back
    for (const day of daysBetween('2026-10-22', '2026-10-25')) await write(journal, day);
    expect(await call(journal, 'stats.summary', {})).toMatchObject({ currentRun: 4, longestRun: 4 });
    const today = await write(journal, '2026-10-26');
    expect((await call(journal, 'stats.summary', {})).currentRun).toBe(5);
    await call(journal, 'entries.trash', { id: today });
    clock = new Date(2026, 9, 28, 8, 0);
    expect(await call(journal, 'stats.summary', {})).toMatchObject({ currentRun: 0, longestRun: 4 });
  });

  it('answers zeros and empty series for an empty journal', async ({ journal }) => {
    expect(await call(journal, 'stats.summary')).toEqual({
      entries: 0,
      words: 0,
      daysWritten: 0,
      longestRun: 0,
      currentRun: 0,
      moodByWeek: [],
      moodByMonth: [],
      moodChangeByTemplate: [],
    });
  });

  it('refuses a range that ends before it starts, or a date that is not one', async ({ journal }) => {
    for (const input of [{ from: '2026-11-02', to: '2026-11-01' }, { from: '2026-02-30' }, { to: 'yesterday' }]) {
      expect(await journal.dispatch('stats.summary', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });
});

describe('mood over time', () => {
  it('averages closing moods by Monday-first week across a year end and a clock change, ignoring entries without one', async ({
    journal,
  }) => {
    await write(journal, '2026-12-27', { mood: 1 }); // a Sunday: the week of Monday 21 December
    await write(journal, '2026-12-28', { mood: 2 }); // Monday
    await write(journal, '2027-01-03', { mood: 4, templateId: 'post-mortem' }); // Sunday of the same week, in the new year
    await write(journal, '2027-01-02', { mood: null });
    await write(journal, '2026-10-25', { mood: 5 }); // the Sunday the clocks go back
    await write(journal, '2026-10-26', { mood: 3 });
    const trashed = await write(journal, '2026-10-27', { mood: 1 });
    await call(journal, 'entries.trash', { id: trashed });
    const summary = await call(journal, 'stats.summary', {});
    expect(summary.moodByWeek).toEqual([
      { weekStart: '2026-10-19', avgMood: 5, n: 1, guided: 0 },
      { weekStart: '2026-10-26', avgMood: 3, n: 1, guided: 0 },
      { weekStart: '2026-12-21', avgMood: 1, n: 1, guided: 0 },
      { weekStart: '2026-12-28', avgMood: 3, n: 2, guided: 1 },
    ]);
    expect(summary.moodByMonth).toEqual([
      { monthStart: '2026-10-01', avgMood: 4, n: 2, guided: 0 },
      { monthStart: '2026-12-01', avgMood: 1.5, n: 2, guided: 0 },
      { monthStart: '2027-01-01', avgMood: 4, n: 1, guided: 1 },
    ]);
  });

  it('compares the mood before and after per template, only for entries that have both', async ({ journal }) => {
    await write(journal, '2026-11-02', { templateId: 'post-mortem', moodBefore: 2, mood: 3 });
    await write(journal, '2026-11-03', { templateId: 'post-mortem', moodBefore: 1, mood: 3 });
    await write(journal, '2026-11-04', { templateId: 'post-mortem', moodBefore: 2, mood: null });
    await write(journal, '2026-11-05', { templateId: 'post-mortem', moodBefore: null, mood: 5 });
    await write(journal, '2026-11-06', { templateId: 'empathy', moodBefore: 3, mood: 2 });
    await write(journal, '2026-11-07', { moodBefore: 1, mood: 5 });
    const trashed = await write(journal, '2026-11-08', { templateId: 'empathy', moodBefore: 5, mood: 1 });
    await call(journal, 'entries.trash', { id: trashed });
    expect((await call(journal, 'stats.summary', {})).moodChangeByTemplate).toEqual([
      { templateId: 'post-mortem', templateName: 'Breakup post-mortem', n: 2, avgBefore: 1.5, avgAfter: 3 },
      { templateId: 'empathy', templateName: expect.any(String), n: 1, avgBefore: 3, avgAfter: 2 },
    ]);
    expect((await call(journal, 'stats.summary', { from: '2026-11-03', to: '2026-11-05' })).moodChangeByTemplate).toEqual([
      { templateId: 'post-mortem', templateName: 'Breakup post-mortem', n: 1, avgBefore: 1, avgAfter: 3 },
    ]);
  });
});
