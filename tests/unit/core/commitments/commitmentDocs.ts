// Test documents laid out like "What will be different": commitment prompts, each followed by a checklist of items with ids.
import type { DocNode } from '../../../../electron/contract';

export type Item = [id: string | null, text: string];

export const item = ([id, text]: Item): DocNode => ({
  type: 'taskItem',
  attrs: { checked: false, ...(id === null ? {} : { id }) },
  content: [text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }],
});

export const prompt = (key: string): DocNode => ({ type: 'prompt', attrs: { key, text: `Question ${key}`, hint: null } });

/** One checklist per commitment prompt, in the given order, with an ordinary question and answer around them. */
export function planDoc(...checklists: Item[][]): DocNode {
  return {
    type: 'doc',
    content: [
      prompt('wish'),
      { type: 'paragraph', content: [{ type: 'text', text: 'I say what bothers me within a day.' }] },
      ...checklists.flatMap((items, index) => [prompt(`commitment-${index + 1}`), { type: 'taskList', content: items.map(item) }]),
    ],
  };
}
