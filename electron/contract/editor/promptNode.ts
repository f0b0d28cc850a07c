// The `prompt` node: a template's question, kept in the document but not editable as the writer's text.
import { mergeAttributes, Node } from '@tiptap/core';

export const PROMPT_NODE_NAME = 'prompt';

export interface PromptAttrs {
  /** The question itself. */
  text: string;
  /** Optional short hint under the question (e.g. "a few sentences is enough"). */
  hint: string | null;
  /** Stable key within its template, so later versions can be compared prompt by prompt. */
  key: string | null;
}

/**
 * An atom: the cursor steps over it and Backspace removes it whole, so guidance never mixes with
 * the writer's words. Attributes render as content, never as HTML attributes (`renderHTML: () => ({})`).
 */
export const PromptNode = Node.create({
  name: PROMPT_NODE_NAME,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  defining: true,

  addAttributes() {
    return {
      text: { default: '', renderHTML: () => ({}), parseHTML: (el) => el.querySelector('[data-prompt-text]')?.textContent ?? el.textContent ?? '' },
      hint: { default: null, renderHTML: () => ({}), parseHTML: (el) => el.querySelector('[data-prompt-hint]')?.textContent ?? null },
      key: { default: null, renderHTML: () => ({}), parseHTML: (el) => el.getAttribute('data-prompt-key') },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-prompt]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const attrs = node.attrs as PromptAttrs;
    const question = ['p', { class: 'aw-prompt-text', 'data-prompt-text': '' }, attrs.text] as const;
    const outer = mergeAttributes(HTMLAttributes, { 'data-prompt': '', class: 'aw-prompt', contenteditable: 'false' });
    return attrs.hint ? ['div', outer, question, ['p', { class: 'aw-prompt-hint', 'data-prompt-hint': '' }, attrs.hint]] : ['div', outer, question];
  },

  renderText({ node }) {
    return (node.attrs as PromptAttrs).text;
  },
});
