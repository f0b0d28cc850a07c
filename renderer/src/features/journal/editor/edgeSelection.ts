// Where Ctrl+Home and Ctrl+End put the caret: the entry's first and last place to type, never a prompt.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Selection } from '@tiptap/pm/state';

/** The first or last place text can be typed (never a prompt, where typing would replace it), else the first or last selectable. */
export function edgeSelection(doc: ProseMirrorNode, edge: 'start' | 'end'): Selection {
  const forward = edge === 'start';
  const text = Selection.findFrom(doc.resolve(forward ? 0 : doc.content.size), forward ? 1 : -1, true);
  return text ?? (forward ? Selection.atStart(doc) : Selection.atEnd(doc));
}
