import { describe, expect, it } from 'vitest';
import type { EntrySummary } from '../../../../electron/contract';
import { listRows, monthLabel } from '../../../../renderer/src/features/journal/list/listRows';
import { moveTo } from '../../../../renderer/src/features/journal/list/rovingMoves';

const entry = (id: string, entryDate: string) => ({ id, entryDate }) as EntrySummary;

describe('the entry list rows', () => {
  it('gives the first entry of each month its heading, and no other', () => {
    const rows = listRows([entry('a', '2026-03-31'), entry('b', '2026-03-01'), entry('c', '2026-02-28'), entry('d', '2025-02-28')]);
    expect(rows.map((row) => [row.entry.id, row.month])).toEqual([
      ['a', monthLabel('2026-03-01')],
      ['b', null],
      ['c', monthLabel('2026-02-01')],
      ['d', monthLabel('2025-02-01')],
    ]);
  });

  it('names a month by the calendar day, whatever the time zone (the first and last day stay in their month)', () => {
    expect(monthLabel('2026-03-01')).toBe(monthLabel('2026-03-31'));
    expect(monthLabel('2026-03-01')).not.toBe(monthLabel('2026-02-28'));
    expect(monthLabel('2026-03-01')).toMatch(/2026/);
  });

  it('gives no rows for no entries', () => {
    expect(listRows([])).toEqual([]);
  });
});

describe('roving keys in the list', () => {
  it('moves by one, by a screen, and to either end, never past the rows loaded', () => {
    expect(moveTo('ArrowDown', 3, 10, 4)).toBe(4);
    expect(moveTo('ArrowUp', 0, 10, 4)).toBe(0);
    expect(moveTo('PageDown', 3, 10, 4)).toBe(7);
    expect(moveTo('PageDown', 8, 10, 4)).toBe(9);
    expect(moveTo('PageUp', 2, 10, 4)).toBe(0);
    expect(moveTo('Home', 7, 10, 4)).toBe(0);
    expect(moveTo('End', 0, 10, 4)).toBe(9);
  });
});
