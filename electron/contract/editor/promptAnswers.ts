// How far a guided entry has got: which of its prompts have an answer, and the first line the writer wrote under one. Pure.
import type { DocNode } from '../doc';
import { PROMPT_NODE_NAME } from './promptNode';

export interface PromptProgress {
  /** Prompts in the document. */
  prompts: number;
  /** Of those, the ones with something written (or a picture) before the next prompt. */
  answered: number;
}

export interface PromptAnswers extends PromptProgress {
  /** The first non-blank line written under a prompt: the writer's words, never a question. Null when nothing is answered. */
  firstLine: string | null;
}

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'taskItem', 'codeBlock']);

/** The text of a block as lines, so a list or quote under a prompt gives its first line, not all of it run together. */
function linesOf(node: DocNode, out: string[] = ['']): string[] {
  if (typeof node.text === 'string') out[out.length - 1] += node.text;
  if (node.type === 'hardBreak') out.push('');
  for (const child of node.content ?? []) linesOf(child, out);
  if (BLOCKS.has(node.type)) out.push('');
  return out;
}

const hasPicture = (node: DocNode): boolean => node.type === 'image' || (node.content ?? []).some(hasPicture);

/** Null for a document without prompts (a blank entry). Text above the first prompt (the Follow-through record) is no answer. */
export function promptAnswers(doc: DocNode): PromptAnswers | null {
  let prompts = 0;
  let answered = 0;
  let firstLine: string | null = null;
  let current = { open: false, answered: false };
  for (const block of doc.content ?? []) {
    if (block.type === PROMPT_NODE_NAME) {
      prompts += 1;
      current = { open: true, answered: false };
      continue;
    }
    if (!current.open) continue;
    const line = linesOf(block)
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .find((text) => text !== '');
    if (line === undefined && !hasPicture(block)) continue;
    if (!current.answered) answered += 1;
    current.answered = true;
    firstLine ??= line ?? null;
  }
  return prompts === 0 ? null : { prompts, answered, firstLine };
}
