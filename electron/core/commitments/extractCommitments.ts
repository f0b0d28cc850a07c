// Finds the commitments in an entry's document: each non-empty task item in the checklist right after a `commitment-*` prompt (docs/TEMPLATES.md).
import type { DocNode } from '../../contract';
import { PROMPT_NODE_NAME } from '../../contract/editor/promptNode';
import { TASK_ITEM_ID } from '../../contract/editor/taskItemId';

export interface ExtractedCommitment {
  /** The task item's stable `id` attribute: how an edit or a reorder keeps the same commitment. */
  itemId: string;
  text: string;
}

const isCommitmentPrompt = (node: DocNode | undefined) =>
  node?.type === PROMPT_NODE_NAME && typeof node.attrs?.key === 'string' && node.attrs.key.startsWith('commitment-');

/** The item's own words: its paragraphs, not the items nested under it (those are commitments of their own). */
function ownText(item: DocNode): string {
  const words = (node: DocNode): string =>
    (node.text ?? '') + (node.type === 'hardBreak' ? ' ' : '') + (node.content ?? []).map(words).join('');
  return (item.content ?? [])
    .filter((child) => child.type !== 'taskList')
    .map(words)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function collectItems(list: DocNode, into: ExtractedCommitment[], seen: Set<string>): void {
  for (const item of list.content ?? []) {
    if (item.type !== 'taskItem') continue;
    const itemId = item.attrs?.[TASK_ITEM_ID];
    const text = ownText(item);
    // Items the editor has not given an id yet are still empty (it assigns one on the first keystroke); a copied id counts once.
    if (typeof itemId === 'string' && text && !seen.has(itemId)) {
      seen.add(itemId);
      into.push({ itemId, text });
    }
    for (const child of item.content ?? []) if (child.type === 'taskList') collectItems(child, into, seen);
  }
}

/** In document order; an entry without commitment prompts has none. */
export function extractCommitments(doc: DocNode): ExtractedCommitment[] {
  const blocks = doc.content ?? [];
  const found: ExtractedCommitment[] = [];
  const seen = new Set<string>();
  blocks.forEach((node, index) => {
    if (node.type === 'taskList' && isCommitmentPrompt(blocks[index - 1])) collectItems(node, found, seen);
  });
  return found;
}
