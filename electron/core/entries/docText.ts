// Plain text from a Tiptap document, for search, previews and word counts. Pure; template prompts are kept apart.
import type { DocNode } from '../../contract';
import { promptAnswers } from '../../contract/editor/promptAnswers';

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'taskItem', 'codeBlock', 'prompt', 'horizontalRule']);

/** Guidance nodes from templates: part of the document, not the writer's own words. */
export const PROMPT_NODE = 'prompt';

export interface DocText {
  /** The writer's own words, blocks separated by newlines. */
  text: string;
  /** The text of template prompts, for finding a template's entries. */
  promptText: string;
  wordCount: number;
  /** The list row's line: for a guided entry the first line answered under a prompt, else the start of the writer's text. */
  preview: string;
}

export function extractDocText(doc: DocNode): DocText {
  const own: string[] = [];
  const prompts: string[] = [];
  collect(doc, own, prompts, false);
  const text = tidy(own.join(''));
  const firstAnswer = promptAnswers(doc)?.firstLine;
  return { text, promptText: tidy(prompts.join('')), wordCount: countWords(text), preview: previewOf(firstAnswer ?? text) };
}

function collect(node: DocNode, own: string[], prompts: string[], inPrompt: boolean): void {
  const isPrompt = inPrompt || node.type === PROMPT_NODE;
  const sink = isPrompt ? prompts : own;
  if (typeof node.text === 'string') sink.push(node.text);
  // A prompt is an atom: its question and hint live in attributes, not in child text.
  if (node.type === PROMPT_NODE) {
    for (const part of [node.attrs?.text, node.attrs?.hint]) if (typeof part === 'string') sink.push(part, '\n');
  }
  if (node.type === 'hardBreak') sink.push('\n');
  for (const child of node.content ?? []) collect(child, own, prompts, isPrompt);
  if (BLOCK_TYPES.has(node.type)) sink.push('\n');
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Words by Unicode letters/numbers; each CJK ideograph counts as one word, as word processors do. */
export function countWords(text: string): number {
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const rest = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, ' ');
  const words = rest.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu)?.length ?? 0;
  return cjk + words;
}

export function previewOf(text: string, max = 160): string {
  // Only the start can reach the preview; folding the spaces of a 3,000-word entry on every save would be wasted work.
  const oneLine = text
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim();
  return oneLine.length <= max && text.length <= max * 4 ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}
