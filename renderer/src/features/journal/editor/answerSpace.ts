// Where the writer's answer to a prompt goes: the line (or first list item) right under it, made when there is none.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NodeSelection, Selection, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { PromptNode } from '../../../contract';

export const isPrompt = (node: ProseMirrorNode | null | undefined): boolean => node?.type.name === PromptNode.name;

/** The prompt the selection holds as a whole (a click on it, or arrowing onto it), if any. */
export function selectedPrompt(state: EditorState): number | null {
  const { selection } = state;
  return selection instanceof NodeSelection && isPrompt(selection.node) ? selection.from : null;
}

/** A cursor in the existing answer space under the prompt at `promptPos` (at the end of what is written there), or null when there is none. */
export function answerSpaceSelection(doc: ProseMirrorNode, promptPos: number): Selection | null {
  const prompt = doc.nodeAt(promptPos);
  if (!prompt) return null;
  const after = promptPos + prompt.nodeSize;
  const next = doc.nodeAt(after);
  if (!next || isPrompt(next)) return null;
  if (next.isTextblock) return TextSelection.create(doc, after + 1 + next.content.size);
  // A checklist or list under the prompt: its first line.
  const inside = Selection.findFrom(doc.resolve(after + 1), 1, true);
  return inside && inside.from < after + next.nodeSize ? inside : null;
}

/** Moves the cursor into the answer space under the prompt, adding an empty line there when the prompt has none. */
export function toAnswerSpace(tr: Transaction, promptPos: number): Transaction {
  const existing = answerSpaceSelection(tr.doc, promptPos);
  if (existing) return tr.setSelection(existing);
  const prompt = tr.doc.nodeAt(promptPos)!;
  const after = promptPos + prompt.nodeSize;
  tr.insert(after, tr.doc.type.schema.nodes.paragraph!.create());
  return tr.setSelection(TextSelection.create(tr.doc, after + 1));
}

/** The first prompt's position in the document, or null when it has none. */
export function firstPromptPos(doc: ProseMirrorNode): number | null {
  let found: number | null = null;
  doc.forEach((node, offset) => {
    if (found === null && isPrompt(node)) found = offset;
  });
  return found;
}
