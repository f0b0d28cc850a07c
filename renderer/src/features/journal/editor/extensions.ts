// The editor's extensions: the contract's document schema (shared with core's export) plus behaviour only an editor needs.
import Typography from '@tiptap/extension-typography';
import { CharacterCount, Placeholder } from '@tiptap/extensions';
import { documentExtensions, PromptNode } from '../../../contract';
import { EditorPromptNode } from './promptNodeView';

/** The shared prompt node, given the editor's view (remove button); everything else as the contract defines it. */
const schemaExtensions = documentExtensions().map((extension) => (extension.name === PromptNode.name ? EditorPromptNode : extension));

export const editorExtensions = [...schemaExtensions, Placeholder.configure({ placeholder: 'Write whatever is true for you today…' }), CharacterCount, Typography];
