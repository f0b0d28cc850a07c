// The editor's extensions: the contract's document schema (shared with core's export) plus behaviour only an editor needs.
import Typography from '@tiptap/extension-typography';
import { CharacterCount, Placeholder } from '@tiptap/extensions';
import type { Editor } from '@tiptap/react';
import { documentExtensions, PromptNode } from '../../../contract';
import { EditorPromptNode } from './promptNodeView';
import { SearchHighlight } from './searchHighlight';

/** The shared prompt node, given the editor's view (remove button); everything else as the contract defines it. */
const schemaExtensions = documentExtensions().map((extension) => (extension.name === PromptNode.name ? EditorPromptNode : extension));

/** Under a prompt, the empty line with the cursor says it is the place to answer; elsewhere, the usual invitation. */
function placeholder({ editor, pos }: { editor: Editor; pos: number }): string {
  const above = editor.state.doc.resolve(pos).nodeBefore;
  return above?.type.name === PromptNode.name ? 'Write as much or as little as you like…' : 'Write whatever is true for you today…';
}

export const editorExtensions = [...schemaExtensions, Placeholder.configure({ placeholder }), CharacterCount, Typography, SearchHighlight];
