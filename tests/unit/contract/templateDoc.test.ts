import { describe, expect, it } from 'vitest';
import { docFromPrompts, promptsFromEntry, promptsInDoc, type PromptSpec } from '../../../electron/contract/editor/templateDoc';

const prompts: PromptSpec[] = [
  { key: 'facts', text: 'What happened?', hint: 'Just the facts.', answer: 'paragraph' },
  { key: 'commitment-1', text: 'When …, I will …', hint: null, answer: 'checklist' },
];

describe('template documents', () => {
  it('lays out each prompt followed by room to write, and reads the same prompts back', () => {
    const doc = docFromPrompts(prompts);
    expect(doc.content?.map((node) => node.type)).toEqual(['prompt', 'paragraph', 'prompt', 'taskList']);
    expect(promptsInDoc(doc)).toEqual(prompts);
  });

  it('gives a template without prompts one empty paragraph', () => {
    expect(docFromPrompts([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('turns an entry into a template from its prompts and headings, never copying the answers', () => {
    const entry = {
      type: 'doc',
      content: [
        { type: 'prompt', attrs: { key: 'facts', text: 'What happened?', hint: 'Just the facts.' } },
        { type: 'paragraph', content: [{ type: 'text', text: 'We argued about the move.' }] },
        {
          type: 'heading',
          attrs: { level: 2 },
          content: [
            { type: 'text', text: 'Things I ' },
            { type: 'text', text: 'want', marks: [{ type: 'bold' }] },
          ],
        },
        {
          type: 'taskList',
          content: [
            { type: 'taskItem', attrs: { checked: true }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'sleep' }] }] },
          ],
        },
        { type: 'heading', attrs: { level: 3 }, content: [] },
      ],
    };
    expect(promptsFromEntry(entry)).toEqual([
      { key: 'facts', text: 'What happened?', hint: 'Just the facts.', answer: 'paragraph' },
      { key: null, text: 'Things I want', hint: null, answer: 'checklist' },
    ]);
  });
});
