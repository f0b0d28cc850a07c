// Where a new entry from a template starts: the caret in the first paragraph (the room under the first prompt), so typing answers.
import type { Editor } from '@tiptap/react';

export function focusFirstAnswer(editor: Editor): void {
  let target: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (target !== null) return false;
    if (node.type.name === 'paragraph') target = pos + 1;
    return target === null;
  });
  editor.commands.focus(target ?? 'start');
}
