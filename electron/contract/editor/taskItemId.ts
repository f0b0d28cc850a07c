// Task items with a stable `id` attribute, so a commitment keeps its history when its text is edited or its item is moved.
import { TaskItem } from '@tiptap/extension-list';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';

/** The attribute's name in documents (`taskItem.attrs.id`): up to 64 of [A-Za-z0-9_-]. */
export const TASK_ITEM_ID = 'id';
export const TASK_ITEM_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const newId = () => globalThis.crypto.randomUUID();

/** Gives every task item without a valid id, or with one an earlier item already has (a pasted copy), a fresh one. */
export function assignTaskItemIds(state: EditorState): Transaction | null {
  const seen = new Set<string>();
  let tr: Transaction | null = null;
  state.doc.descendants((node: PmNode, pos: number) => {
    if (node.type.name !== 'taskItem') return true;
    const id = node.attrs[TASK_ITEM_ID] as unknown;
    if (typeof id === 'string' && TASK_ITEM_ID_PATTERN.test(id) && !seen.has(id)) {
      seen.add(id);
      return true;
    }
    tr ??= state.tr;
    tr.setNodeMarkup(pos, undefined, { ...node.attrs, [TASK_ITEM_ID]: newId() });
    return true;
  });
  return tr;
}

const key = new PluginKey('taskItemIds');

/**
 * The editor's task item. A new item made by Enter does not inherit its neighbour's id (`keepOnSplit: false`); after any change
 * that touches the document, items lacking an id get one, before the save sees the document.
 */
export const IdentifiedTaskItem = TaskItem.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      [TASK_ITEM_ID]: {
        default: null,
        keepOnSplit: false,
        parseHTML: (element: { getAttribute(name: string): string | null }) => element.getAttribute('data-item-id'),
        renderHTML: (attributes: Record<string, unknown>) =>
          typeof attributes[TASK_ITEM_ID] === 'string' ? { 'data-item-id': attributes[TASK_ITEM_ID] } : {},
      },
    };
  },
  addProseMirrorPlugins() {
    return [
      ...(this.parent?.() ?? []),
      new Plugin({
        key,
        appendTransaction: (transactions, _before, state) => (transactions.some((tr) => tr.docChanged) ? assignTaskItemIds(state) : null),
      }),
    ];
  },
});
