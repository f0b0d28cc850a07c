// The editor's extensions: the contract's document schema (shared with core's export) plus behaviour only an editor needs.
import type { AnyExtension } from '@tiptap/core';
import Typography from '@tiptap/extension-typography';
import { CharacterCount, Placeholder } from '@tiptap/extensions';
import type { Editor } from '@tiptap/react';
import { documentExtensions, PictureNode, PromptNode } from '../../../contract';
import { EditorPictureNode } from './pictures/pictureNodeView';
import { EditorPromptNode } from './promptNodeView';

/** The shared prompt and picture nodes, given the editor's views; everything else as the contract defines it. */
const editorViews: Record<string, AnyExtension> = { [PromptNode.name]: EditorPromptNode, [PictureNode.name]: EditorPictureNode };
const schemaExtensions = documentExtensions().map((extension) => editorViews[extension.name] ?? extension);

/** Under a prompt, the empty line with the cursor says it is the place to answer; elsewhere, the usual invitation. */
function placeholder({ editor, pos }: { editor: Editor; pos: number }): string {
  const above = editor.state.doc.resolve(pos).nodeBefore;
  return above?.type.name === PromptNode.name ? 'Write as much or as little as you like…' : 'Write whatever is true for you today…';
}

export const editorExtensions = [...schemaExtensions, Placeholder.configure({ placeholder }), CharacterCount, Typography];
