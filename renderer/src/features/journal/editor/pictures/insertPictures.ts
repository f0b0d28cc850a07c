// Adds picked, pasted or dropped files to the journal (attachments.put) and places them in the document as pictures.
import type { Editor } from '@tiptap/react';
import { api } from '../../../../api/client';
import { attachmentSrc } from '../../../../contract';

/** Stores each file in turn and inserts it at `at` (or the cursor); answers the first refusal's message, or null. */
export async function insertPictures(editor: Editor, files: File[], at?: number): Promise<string | null> {
  let problem: string | null = null;
  let position = at;
  for (const file of files) {
    const result = await api['attachments.put']({ file: new Uint8Array(await file.arrayBuffer()) });
    if (!result.ok) {
      problem ??= files.length > 1 ? `${file.name}: ${result.error.message}` : result.error.message;
      continue;
    }
    const node = { type: 'image', attrs: { src: attachmentSrc(result.value.id) } };
    const chain = editor.chain().focus();
    if (position === undefined) chain.insertContent(node).run();
    else {
      chain.insertContentAt(position, node).run();
      position = editor.state.selection.to;
    }
  }
  return problem;
}

/** Files a paste or drop carries, if any; text and HTML are left to the editor. */
export function filesOf(data: DataTransfer | null): File[] {
  return data ? [...data.files] : [];
}
