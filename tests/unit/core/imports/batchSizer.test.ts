// An import's batches are sized by what a whole batch costs (its entries, commit and checkpoint), so a save waits about the
// same short time behind one however cheap or costly the entries are.
import { describe, expect, it } from 'vitest';
import { BatchSizer } from '../../../../electron/core/imports/importBatches';

/** Feeds the sizer batches whose entries each cost `msPerEntry` in all, until its answer settles; answers the last size. */
function settledSize(sizer: BatchSizer, msPerEntry: number): number {
  let size = sizer.next();
  for (let round = 0; round < 30; round += 1) {
    sizer.took(size * msPerEntry, size);
    size = sizer.next();
  }
  return size;
}

describe('import batch sizes', () => {
  it('start with one entry, before anything is known of what an entry costs', () => {
    expect(new BatchSizer(80).next()).toBe(1);
  });

  it('take as many entries as fit in the hold time, commit and checkpoint included', () => {
    expect(settledSize(new BatchSizer(80), 2)).toBe(40);
    expect(settledSize(new BatchSizer(80), 0.5)).toBe(160);
  });

  it('shrink when entries grow costly (a batch that ran long makes the next one smaller)', () => {
    const sizer = new BatchSizer(80);
    const cheap = settledSize(sizer, 1);
    sizer.took(cheap * 8, cheap);
    expect(sizer.next()).toBeLessThan(cheap / 2);
    expect(settledSize(sizer, 8)).toBe(10);
  });

  it('never go below one entry, even when one entry outlasts the hold time', () => {
    expect(settledSize(new BatchSizer(80), 500)).toBe(1);
  });

  it('ignore a batch that added nothing', () => {
    const sizer = new BatchSizer(80);
    const size = settledSize(sizer, 2);
    sizer.took(1_000, 0);
    expect(sizer.next()).toBe(size);
  });
});
