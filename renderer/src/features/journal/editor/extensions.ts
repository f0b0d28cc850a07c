// The editor's extensions: the contract's document schema (shared with core's export) plus behaviour only an editor needs.
import type { AnyExtension } from '@tiptap/core';
import Typography from '@tiptap/extension-typography';
import { CharacterCount, Placeholder } from '@tiptap/extensions';
import { documentExtensions, PictureNode, PromptNode } from '../../../contract';
import { CaretKeys } from './caretKeys';
import { EditorPictureNode } from './pictures/pictureNodeView';
import { PromptGuard } from './promptGuard';
import { EditorPromptNode } from './promptNodeView';
import { SearchHighlight } from './searchHighlight';

/** The shared prompt and picture nodes, given the editor's views; everything else as the contract defines it. */
const editorViews: Record<string, AnyExtension> = { [PromptNode.name]: EditorPromptNode, [PictureNode.name]: EditorPictureNode };
const schemaExtensions = documentExtensions().map((extension) => editorViews[extension.name] ?? extension);

/**
 * Only the line with the cursor invites writing (the stylesheet shows that one only in an empty entry). The "Write
 * here…" under every unanswered prompt comes from the stylesheet (`.aw-prompt + p.is-empty`): this function is called
 * while a transaction is applied, when `editor.state` is still the document before it, so it cannot look at neighbours.
 */
function placeholder({ hasAnchor }: { hasAnchor: boolean }): string {
  return hasAnchor ? 'Write whatever is true for you today…' : '';
}

export const editorExtensions = [
  ...schemaExtensions,
  Placeholder.configure({ placeholder, showOnlyCurrent: false }),
  PromptGuard,
  CharacterCount,
  Typography,
  SearchHighlight,
  CaretKeys,
];
