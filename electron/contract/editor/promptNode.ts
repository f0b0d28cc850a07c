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

/** An attribute as text: anything but a string (an array would be read as an element by the HTML spec) renders as nothing. */
export const attrText = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * An atom: the cursor steps over it and Backspace removes it whole, so guidance never mixes with
 * the writer's words. Attributes render as text content only, never as HTML attributes (`renderHTML: () => ({})`) nor as
 * elements: a document that slipped past the contract with `text: ["img", {…}]` still prints plain text.
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
      text: {
        default: '',
        renderHTML: () => ({}),
        parseHTML: (el) => el.querySelector('[data-prompt-text]')?.textContent ?? el.textContent ?? '',
      },
      hint: { default: null, renderHTML: () => ({}), parseHTML: (el) => el.querySelector('[data-prompt-hint]')?.textContent ?? null },
      key: { default: null, renderHTML: () => ({}), parseHTML: (el) => el.getAttribute('data-prompt-key') },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-prompt]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const text = attrText(node.attrs.text);
    const hint = attrText(node.attrs.hint);
    const question = ['p', { class: 'aw-prompt-text', 'data-prompt-text': '' }, text] as const;
    const outer = mergeAttributes(HTMLAttributes, { 'data-prompt': '', class: 'aw-prompt', contenteditable: 'false' });
    return hint ? ['div', outer, question, ['p', { class: 'aw-prompt-hint', 'data-prompt-hint': '' }, hint]] : ['div', outer, question];
  },

  renderText({ node }) {
    return attrText(node.attrs.text);
  },
});
