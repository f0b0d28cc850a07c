// The editor's view of a template prompt: muted guidance above the writer's space, with a control that removes it whole.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Editor } from '@tiptap/react';
import { attrText, PromptNode } from '../../../contract';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Removes the prompt, and the empty space under it too when nothing was written there. */
function removePrompt(editor: Editor, pos: number): void {
  const prompt = editor.state.doc.nodeAt(pos);
  if (!prompt) return;
  const after = editor.state.doc.nodeAt(pos + prompt.nodeSize);
  const unanswered = after?.type.name === 'paragraph' && after.content.size === 0;
  editor
    .chain()
    .focus()
    .deleteRange({ from: pos, to: pos + prompt.nodeSize + (unanswered ? after.nodeSize : 0) })
    .run();
}

function renderPrompt(node: ProseMirrorNode, onRemove: () => void): HTMLElement {
  const dom = element('div', 'aw-prompt');
  dom.dataset.prompt = '';
  dom.contentEditable = 'false';
  dom.setAttribute('role', 'note');
  dom.append(element('p', 'aw-prompt-text', attrText(node.attrs.text)));
  if (attrText(node.attrs.hint)) dom.append(element('p', 'aw-prompt-hint', attrText(node.attrs.hint)));
  const remove = element('button', 'aw-prompt-remove', '×');
  remove.type = 'button';
  remove.setAttribute('aria-label', 'Remove this prompt');
  remove.title = 'Remove this prompt';
  // Keep the editor's selection where it is until the click decides what to remove.
  remove.addEventListener('mousedown', (event) => event.preventDefault());
  remove.addEventListener('click', onRemove);
  dom.append(remove);
  return dom;
}

export const EditorPromptNode = PromptNode.extend({
  addNodeView() {
    return ({ node, getPos, editor }) => {
      const dom = renderPrompt(node, () => {
        const pos = getPos();
        if (typeof pos === 'number') removePrompt(editor as Editor, pos);
      });
      return {
        dom,
        // The prompt's own button handles its events; ProseMirror must not treat them as editing.
        stopEvent: (event) => event.target instanceof HTMLButtonElement,
        ignoreMutation: () => true,
        // A changed prompt is drawn afresh.
        update: (next) => next === node,
      };
    };
  },
});
