import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  LIST_PAGE,
  listInput,
  searchFilters,
  withoutFilter,
} from '../../../../renderer/src/features/journal/list/listFilter';

describe('list filters', () => {
  it('asks entries.list for only the filters that are on', () => {
    expect(listInput({}, null)).toEqual({ limit: LIST_PAGE });
    expect(listInput({ favorite: false, mood: [], tag: 'grief' }, null)).toEqual({ tag: 'grief', limit: LIST_PAGE });
    expect(listInput({ templateId: 'daily', mood: [2, 4], from: '2020-01-01' }, null)).toEqual({
      templateId: 'daily',
      mood: [2, 4],
      from: '2020-01-01',
      limit: LIST_PAGE,
    });
  });

  it('starts a "Go to date" list at the anchor, unless the date range already ends earlier', () => {
    expect(listInput({}, '2019-03-03').to).toBe('2019-03-03');
    expect(listInput({ to: '2020-01-01' }, '2019-03-03').to).toBe('2019-03-03');
    expect(listInput({ to: '2018-01-01' }, '2019-03-03').to).toBe('2018-01-01');
  });

  it('gives search the same filters, the tag as one of its tags', () => {
    expect(searchFilters({ tag: 'grief', favorite: true, mood: [1] })).toEqual({ tags: ['grief'], favorite: true, mood: [1] });
    expect(searchFilters({})).toEqual({});
  });

  it('names each active filter in words, and removes one at a time', () => {
    const filter = { favorite: true, tag: 'work', templateId: 'daily', mood: [1, 5], from: '2020-01-01', to: '2020-12-31' };
    const names = activeFilters(
      filter,
      (id) => (id === 'daily' ? 'Daily check-in' : null),
      (day) => `day ${day}`,
    ).map((active) => active.label);
    expect(names).toEqual([
      'Favourites',
      'Tag: work',
      'Template: Daily check-in',
      'Mood: Very low, Very good',
      'From day 2020-01-01',
      'To day 2020-12-31',
    ]);
    expect(listInput(withoutFilter(filter, 'mood'), null)).not.toHaveProperty('mood');
    expect(activeFilters({}, () => null, String)).toEqual([]);
  });
});
