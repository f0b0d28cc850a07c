// Opening an entry from search: mark the matches and bring the first one into view.
import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { matchPositions, searchHighlightKey } from './searchHighlight';

export function useSearchHighlight(editor: Editor | null, query: string | null | undefined): void {
  useEffect(() => {
    if (!editor || !query) return;
    editor.view.dispatch(editor.state.tr.setMeta(searchHighlightKey, query).setMeta('addToHistory', false));
    const [first] = matchPositions(editor.state.doc, query);
    if (!first) return;
    const { node } = editor.view.domAtPos(first.from);
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView({ block: 'center' });
  }, [editor, query]);
}
