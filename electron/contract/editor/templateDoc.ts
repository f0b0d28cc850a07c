// A template's document as a list of prompts, and back: the one place that knows how prompts and answer space are laid out.
import type { DocNode } from '../doc';
import { PROMPT_NODE_NAME, type PromptAttrs } from './promptNode';

/**
 * How the writer answers a prompt: in a paragraph, or in a checklist whose items are each one
 * clearly marked item (an if-then commitment in "What will be different"; see docs/TEMPLATES.md).
 */
export type AnswerKind = 'paragraph' | 'checklist';

export interface PromptSpec extends PromptAttrs {
  answer: AnswerKind;
}

const emptyParagraph = (): DocNode => ({ type: 'paragraph' });
const emptyChecklist = (): DocNode => ({
  type: 'taskList',
  content: [{ type: 'taskItem', attrs: { checked: false }, content: [emptyParagraph()] }],
});

function promptNode({ text, hint, key }: PromptAttrs): DocNode {
  return { type: PROMPT_NODE_NAME, attrs: { text, hint, key } };
}

/** Each prompt followed by empty room to write; a template with no prompts is one empty paragraph. */
export function docFromPrompts(prompts: readonly PromptSpec[]): DocNode {
  const content = prompts.flatMap((spec) => [promptNode(spec), spec.answer === 'checklist' ? emptyChecklist() : emptyParagraph()]);
  return { type: 'doc', content: content.length > 0 ? content : [emptyParagraph()] };
}

function asPromptAttrs(node: DocNode): PromptAttrs {
  const attr = (name: string) => (typeof node.attrs?.[name] === 'string' ? (node.attrs[name] as string) : null);
  return { text: attr('text') ?? '', hint: attr('hint'), key: attr('key') };
}

/** The prompts at the top level of a document, in order, with the kind of answer space that follows each. */
export function promptsInDoc(doc: DocNode): PromptSpec[] {
  const blocks = doc.content ?? [];
  return blocks.flatMap((node, index) =>
    node.type === PROMPT_NODE_NAME
      ? [{ ...asPromptAttrs(node), answer: blocks[index + 1]?.type === 'taskList' ? 'checklist' : 'paragraph' }]
      : [],
  );
}

function plainText(node: DocNode): string {
  return (node.text ?? '') + (node.content ?? []).map(plainText).join('');
}

/**
 * The structure of an entry, for "Save as template": its prompts, and its headings turned into
 * prompts. The writer's own answers are never copied into a template.
 */
export function promptsFromEntry(doc: DocNode): PromptSpec[] {
  const blocks = doc.content ?? [];
  return blocks.flatMap((node, index): PromptSpec[] => {
    const answer: AnswerKind = blocks[index + 1]?.type === 'taskList' ? 'checklist' : 'paragraph';
    if (node.type === PROMPT_NODE_NAME) return [{ ...asPromptAttrs(node), answer }];
    const heading = node.type === 'heading' ? plainText(node).trim() : '';
    return heading ? [{ text: heading, hint: null, key: null, answer }] : [];
  });
}
