// Due days by rhythm across weeks, DST changes, month and year ends; kept rates count only due days that were recorded.
import { describe, expect, it } from 'vitest';
import type { CheckInResult, Rhythm } from '../../../../electron/contract';
import { keptRate } from '../../../../electron/core/commitments/keptRate';
import { dueDaysBetween, isDue, lastDueDays, shiftDay } from '../../../../electron/core/commitments/rhythm';

// A zone with DST: 2026-03-29 has 23 hours, 2026-10-25 has 25.
process.env.TZ = 'Europe/London';

const schedule = (rhythm: Rhythm, startsOn = '2020-01-01', endsOn: string | null = null) => ({ rhythm, startsOn, endsOn });

describe('rhythms', () => {
  it('steps one calendar day at a time across both DST changes', () => {
    expect(shiftDay('2026-03-28', 1)).toBe('2026-03-29');
    expect(shiftDay('2026-03-29', 1)).toBe('2026-03-30');
    expect(shiftDay('2026-10-25', 1)).toBe('2026-10-26');
    expect(shiftDay('2026-10-26', -1)).toBe('2026-10-25');
    expect(dueDaysBetween(schedule({ kind: 'daily' }), '2026-03-27', '2026-03-31')).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ]);
    expect(dueDaysBetween(schedule({ kind: 'daily' }), '2026-10-24', '2026-10-27')).toHaveLength(4);
  });

  it('crosses month ends, leap days and the year end', () => {
    expect(shiftDay('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDay('2027-02-28', 1)).toBe('2027-03-01');
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDay('2027-01-01', -1)).toBe('2026-12-31');
    expect(lastDueDays(schedule({ kind: 'daily' }), '2027-01-02', 4)).toEqual(['2027-01-02', '2027-01-01', '2026-12-31', '2026-12-30']);
  });

  it('is due on weekdays only from Monday to Friday, and weekly on its chosen day, week after week', () => {
    // 2026-11-23 is a Monday.
    const weekdays = dueDaysBetween(schedule({ kind: 'weekdays' }), '2026-11-21', '2026-12-06');
    expect(weekdays).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ]);
    const sundays = dueDaysBetween(schedule({ kind: 'weekly', weekday: 0 }), '2026-12-01', '2027-01-10');
    expect(sundays).toEqual(['2026-12-06', '2026-12-13', '2026-12-20', '2026-12-27', '2027-01-03', '2027-01-10']);
  });

  it('is never due for "when it comes up", before it starts, or after it ends', () => {
    expect(isDue(schedule({ kind: 'whenever' }), '2026-11-23')).toBe(false);
    const bounded = schedule({ kind: 'daily' }, '2026-11-10', '2026-11-20');
    expect(isDue(bounded, '2026-11-09')).toBe(false);
    expect(isDue(bounded, '2026-11-10')).toBe(true);
    expect(isDue(bounded, '2026-11-20')).toBe(true);
    expect(isDue(bounded, '2026-11-21')).toBe(false);
    expect(lastDueDays(bounded, '2026-12-31', 3)).toEqual(['2026-11-20', '2026-11-19', '2026-11-18']);
  });
});

describe('kept rates', () => {
  const results = (entries: Record<string, CheckInResult>) => new Map(Object.entries(entries));

  it('is kept check-ins over recorded ones among the last due days; an unrecorded day is neither kept nor missed', () => {
    const daily = schedule({ kind: 'daily' }, '2026-11-01');
    const record = results({ '2026-11-30': 'kept', '2026-11-29': 'missed', '2026-11-27': 'partly', '2026-11-26': 'kept' });
    // Last 7 due days: 24th to 30th; four recorded, two kept.
    expect(keptRate(daily, record, '2026-11-30', 7)).toBe(0.5);
    expect(keptRate(daily, results({ '2026-11-30': 'kept' }), '2026-11-30', 7)).toBe(1);
    expect(keptRate(daily, results({}), '2026-11-30', 7)).toBeNull();
  });

  it('looks only at due days: a check-in on a weekend does not count for a weekday commitment', () => {
    const weekdays = schedule({ kind: 'weekdays' }, '2026-11-01');
    // 28th and 29th are Saturday and Sunday.
    const record = results({ '2026-11-28': 'missed', '2026-11-29': 'missed', '2026-11-27': 'kept' });
    expect(keptRate(weekdays, record, '2026-11-30', 7)).toBe(1);
  });

  it('reaches back over as many weeks as it takes for a weekly commitment', () => {
    const sundays = schedule({ kind: 'weekly', weekday: 0 }, '2026-01-01');
    const record = results({ '2026-11-29': 'kept', '2026-11-01': 'missed', '2026-10-11': 'kept', '2026-10-04': 'missed' });
    // The last 7 Sundays run back to 2026-10-18: two recorded, one kept. The last 30 reach the October ones too.
    expect(keptRate(sundays, record, '2026-11-30', 7)).toBe(0.5);
    expect(keptRate(sundays, record, '2026-11-30', 30)).toBe(0.5);
    expect(keptRate(sundays, results({ '2026-11-29': 'kept', '2026-10-11': 'kept', '2026-10-04': 'missed' }), '2026-11-30', 7)).toBe(1);
  });

  it('uses the last recorded check-ins for "when it comes up", ignoring days after today', () => {
    const whenever = schedule({ kind: 'whenever' }, '2026-01-01');
    const record = results({ '2026-11-01': 'kept', '2026-11-10': 'missed', '2026-11-20': 'kept', '2026-12-05': 'missed' });
    expect(keptRate(whenever, record, '2026-11-30', 7)).toBeCloseTo(2 / 3);
    expect(keptRate(whenever, record, '2026-11-30', 2)).toBe(0.5);
  });
});
