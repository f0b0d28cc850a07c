// Caret keys that reach far in the entry (Ctrl+Home/End, Page Up/Down, with Shift to select) moved by the editor, not the
// browser. The browser skips laying out text blocks off screen (content-visibility in editor.css), and then its own Ctrl+End
// stopped at the start of the last block and Page Down left the caret off screen; the editor knows the document, so it
// moves there exactly and scrolls.
import { Extension, isMacOS } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { edgeSelection } from './edgeSelection';

/** Moves the caret to the entry's start or end, or with `extend` selects from where the selection began to there. */
export function toEdge(view: EditorView, edge: 'start' | 'end', extend: boolean): boolean {
  const { state } = view;
  const target = edgeSelection(state.doc, edge);
  const selection = extend ? TextSelection.between(state.selection.$anchor, target.$head) : target;
  view.dispatch(state.tr.setSelection(selection).scrollIntoView());
  return true;
}

/** The element that scrolls the entry: the nearest ancestor that scrolls vertically. */
function scrollerOf(view: EditorView): HTMLElement {
  for (let element = view.dom.parentElement; element; element = element.parentElement) {
    if (/auto|scroll/.test(getComputedStyle(element).overflowY)) return element;
  }
  return document.scrollingElement as HTMLElement;
}

/** The share of the visible height one Page Down moves, as browsers do: the last lines of one screen are the first of the next. */
const PAGE_SHARE = 0.85;

/**
 * Page Down (dir 1) or Up (-1): scrolls a screen and keeps the caret at the same place on the screen, so it moves as far as
 * the page did. Where the page cannot scroll that far, the caret goes on to the entry's end or start.
 */
export function byPage(view: EditorView, dir: 1 | -1, extend: boolean): boolean {
  const scroller = scrollerOf(view);
  const frame = scroller.getBoundingClientRect();
  const head = view.coordsAtPos(view.state.selection.head);
  const step = dir * Math.max(frame.height * PAGE_SHARE, head.bottom - head.top);
  const before = scroller.scrollTop;
  scroller.scrollTop = before + step;
  const y = (head.top + head.bottom) / 2 + step - (scroller.scrollTop - before);
  const found = y > frame.top && y < frame.bottom ? view.posAtCoords({ left: head.left, top: y }) : null;
  if (!found) return toEdge(view, dir > 0 ? 'end' : 'start', extend);
  const { state } = view;
  const $head = state.doc.resolve(found.pos);
  const selection = extend ? TextSelection.between(state.selection.$anchor, $head) : Selection.near($head, dir);
  view.dispatch(state.tr.setSelection(selection).scrollIntoView());
  return true;
}

export const CaretKeys = Extension.create({
  name: 'caretKeys',
  addKeyboardShortcuts() {
    const view = () => this.editor.view;
    return {
      'Mod-Home': () => toEdge(view(), 'start', false),
      'Mod-End': () => toEdge(view(), 'end', false),
      'Shift-Mod-Home': () => toEdge(view(), 'start', true),
      'Shift-Mod-End': () => toEdge(view(), 'end', true),
      PageDown: () => byPage(view(), 1, false),
      PageUp: () => byPage(view(), -1, false),
      'Shift-PageDown': () => byPage(view(), 1, true),
      'Shift-PageUp': () => byPage(view(), -1, true),
      // The Mac's keys for the entry's start and end.
      ...(isMacOS()
        ? {
            'Mod-ArrowUp': () => toEdge(view(), 'start', false),
            'Mod-ArrowDown': () => toEdge(view(), 'end', false),
            'Shift-Mod-ArrowUp': () => toEdge(view(), 'start', true),
            'Shift-Mod-ArrowDown': () => toEdge(view(), 'end', true),
          }
        : {}),
    };
  },
});
