// The editor's extensions: the contract's document schema (shared with core's export) plus behaviour only an editor needs.
import Typography from '@tiptap/extension-typography';
import { CharacterCount, Placeholder } from '@tiptap/extensions';
import { documentExtensions } from '../../../contract';

export const editorExtensions = [...documentExtensions(), Placeholder.configure({ placeholder: 'Write whatever is true for you today…' }), CharacterCount, Typography];
