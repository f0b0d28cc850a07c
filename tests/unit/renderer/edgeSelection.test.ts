// Ctrl+Home/End as the editor moves them: to the first and last place text can be typed, never onto a prompt.
import { getSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { documentExtensions } from '../../../electron/contract/editor/extensions';
import { edgeSelection } from '../../../renderer/src/features/journal/editor/edgeSelection';

const schema = getSchema(documentExtensions());
const paragraph = (text: string) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });
const prompt = (text: string) => ({ type: 'prompt', attrs: { key: 'k', text } });
const docOf = (...content: unknown[]) => PmNode.fromJSON(schema, { type: 'doc', content });

describe('edgeSelection', () => {
  it('puts the caret before the first character and after the last one of a plain entry', () => {
    const doc = docOf(paragraph('First words.'), {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [paragraph('Last words.')] }],
    });
    const start = edgeSelection(doc, 'start');
    const end = edgeSelection(doc, 'end');
    expect(start).toBeInstanceOf(TextSelection);
    expect(doc.textBetween(0, start.head)).toBe('');
    expect(end.empty).toBe(true);
    expect(doc.textBetween(end.head, doc.content.size)).toBe('');
    expect(doc.textBetween(0, end.head, '|')).toBe('First words.|Last words.');
  });

  it('in an entry that starts and ends with prompts, goes to the first and last answer, not onto a prompt', () => {
    const doc = docOf(prompt('What happened?'), paragraph('It rained.'), prompt('What now?'));
    const start = edgeSelection(doc, 'start');
    const end = edgeSelection(doc, 'end');
    expect(start).not.toBeInstanceOf(NodeSelection);
    expect(end).not.toBeInstanceOf(NodeSelection);
    expect(start.$head.parent.textContent).toBe('It rained.');
    expect(start.$head.parentOffset).toBe(0);
    expect(end.$head.parent.textContent).toBe('It rained.');
    expect(end.$head.parentOffset).toBe('It rained.'.length);
  });
});
