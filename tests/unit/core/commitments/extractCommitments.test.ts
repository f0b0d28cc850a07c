// Finding commitments in a document: only non-empty task items with ids, only under commitment prompts, each id once.
import { describe, expect, it } from 'vitest';
import { extractCommitments } from '../../../../electron/core/commitments/extractCommitments';
import { item, planDoc, prompt } from './commitmentDocs';

describe('extractCommitments', () => {
  it('takes every non-empty item of every commitment checklist, in document order', () => {
    const doc = planDoc(
      [
        ['a', 'When I want to text late, I will write here instead.'],
        ['b', 'When I feel hurt, I will say so within a day.'],
      ],
      [['c', 'When we argue, I will pause.']],
    );
    expect(extractCommitments(doc)).toEqual([
      { itemId: 'a', text: 'When I want to text late, I will write here instead.' },
      { itemId: 'b', text: 'When I feel hurt, I will say so within a day.' },
      { itemId: 'c', text: 'When we argue, I will pause.' },
    ]);
  });

  it('ignores empty and whitespace-only items, and items the editor has not given an id', () => {
    expect(
      extractCommitments(
        planDoc([
          ['a', ''],
          ['b', '   '],
          [null, 'no id yet'],
          ['d', ' kept '],
        ]),
      ),
    ).toEqual([{ itemId: 'd', text: 'kept' }]);
  });

  it('ignores checklists that do not follow a commitment prompt', () => {
    const doc = {
      type: 'doc',
      content: [
        prompt('not-promises'),
        { type: 'taskList', content: [item(['x', 'Never get angry'])] },
        { type: 'taskList', content: [item(['y', 'loose'])] },
      ],
    };
    expect(extractCommitments(doc)).toEqual([]);
  });

  it('counts a pasted copy of an item once, and nested items as commitments of their own', () => {
    const nested = {
      ...item(['p', 'Parent']),
      content: [...item(['p', 'Parent']).content!, { type: 'taskList', content: [item(['n', 'Nested'])] }],
    };
    const doc = { type: 'doc', content: [prompt('commitment-1'), { type: 'taskList', content: [nested, item(['p', 'Copy of parent'])] }] };
    expect(extractCommitments(doc)).toEqual([
      { itemId: 'p', text: 'Parent' },
      { itemId: 'n', text: 'Nested' },
    ]);
  });
});
