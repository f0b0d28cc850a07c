// Marks a search's matches in the open entry (a ProseMirror decoration plugin) until the next edit, and finds the first one.
import { Extension } from '@tiptap/react';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { matchRanges, parseQuery } from '../../../contract';

export const searchHighlightKey = new PluginKey<DecorationSet>('searchHighlight');

/** Document positions of each match, block by block, found with the same matcher that built the search snippets. */
export function matchPositions(doc: PmNode, query: string): Array<{ from: number; to: number }> {
  const parsed = parseQuery(`${query} `);
  const found: Array<{ from: number; to: number }> = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    // One character per inline node, so text offsets map straight back to positions.
    let text = '';
    node.forEach((child) => (text += child.isText ? child.text! : '\uFFFC'.repeat(child.nodeSize)));
    for (const [start, end] of matchRanges(text, parsed)) found.push({ from: pos + 1 + start, to: pos + 1 + end });
    return false;
  });
  return found;
}

export const SearchHighlight = Extension.create({
  name: 'searchHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: searchHighlightKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const query = tr.getMeta(searchHighlightKey) as string | undefined;
            if (query !== undefined) {
              return DecorationSet.create(
                tr.doc,
                matchPositions(tr.doc, query).map(({ from, to }) => Decoration.inline(from, to, { class: 'search-match' })),
              );
            }
            // The marks are for finding the place; the first edit means it was found.
            return tr.docChanged ? DecorationSet.empty : set;
          },
        },
        props: { decorations: (state) => searchHighlightKey.getState(state) },
      }),
    ];
  },
});
