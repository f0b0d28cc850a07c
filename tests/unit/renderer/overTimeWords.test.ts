// The calendar's grid and keys, and the plain words beside the charts: what a screen reader or a printout gets instead of a chart.
import { describe, expect, it } from 'vitest';
import { dayAfterKey, monthWeeks } from '../../../renderer/src/features/overTime/calendarGrid';
import { moodSeriesWords } from '../../../renderer/src/features/overTime/moodSeriesWords';
import { changeWords, signedChange } from '../../../renderer/src/features/overTime/moodWords';

describe('calendar grid', () => {
  it('lays a month out in Monday-first weeks with blanks outside it', () => {
    const weeks = monthWeeks(new Date(2027, 1, 1)); // February 2027 starts on a Monday and has 28 days
    expect(weeks).toHaveLength(4);
    expect(weeks[0]![0]).toBe('2027-02-01');
    expect(weeks[3]![6]).toBe('2027-02-28');
    const leap = monthWeeks(new Date(2028, 1, 1)); // 1 February 2028 is a Tuesday
    expect(leap[0]![0]).toBeNull();
    expect(leap.flat().filter(Boolean).at(-1)).toBe('2028-02-29');
  });

  it('moves by day, week and month across month and year ends', () => {
    expect(dayAfterKey('2026-12-31', 'ArrowRight')).toBe('2027-01-01');
    expect(dayAfterKey('2027-01-03', 'ArrowUp')).toBe('2026-12-27');
    expect(dayAfterKey('2028-03-01', 'ArrowLeft')).toBe('2028-02-29');
    expect(dayAfterKey('2026-11-29', 'Home')).toBe('2026-11-23');
    expect(dayAfterKey('2026-11-23', 'End')).toBe('2026-11-29');
    expect(dayAfterKey('2026-03-31', 'PageDown')).toBe('2026-04-30');
    expect(dayAfterKey('2026-03-29', 'ArrowDown')).toBe('2026-04-05');
    expect(dayAfterKey('2026-03-29', 'Tab')).toBeNull();
  });
});

describe('chart words', () => {
  it('says how much the mood moved after a template, with the sign spelled out', () => {
    expect(changeWords({ templateId: 'post-mortem', templateName: 'Breakup post-mortem', n: 14, avgBefore: 2.1, avgAfter: 2.7 })).toBe(
      'After a Breakup post-mortem your mood moved by +0.6 on average, over 14 entries (from 2.1 to 2.7).',
    );
    expect(signedChange(-0.34)).toBe('−0.3');
    expect(signedChange(0.04)).toBe('no change');
  });

  it('sums up the mood line, weighting each week by its entries', () => {
    const words = moodSeriesWords(
      [
        { start: '2026-11-02', avgMood: 2, n: 1, guided: 0 },
        { start: '2026-11-09', avgMood: 4, n: 3, guided: 2 },
      ],
      'week',
    );
    expect(words).toEqual([
      'Across 2 weeks with a mood noted (4 in all), your closing mood averaged 3.5 of 5 (good).',
      'It was 2.0 in the week of 2 November 2026 and 4.0 in the week of 9 November 2026.',
      '1 of these weeks had a guided entry.',
    ]);
    expect(moodSeriesWords([], 'week')[0]).toMatch(/^No closing moods yet/);
  });
});
