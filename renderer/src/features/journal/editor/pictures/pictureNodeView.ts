// The editor's view of a picture: shown from a blob: URL, a caption field (alt), size buttons, and a click to view it large.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Editor } from '@tiptap/react';
import { attachmentIdOf, PictureNode, pictureWidths, type PictureWidth } from '../../../../contract';
import { pictureUrl } from './pictureUrls';
import { openPictureViewer } from './pictureViewer';

const SIZE_LABELS: Record<PictureWidth, string> = { third: '⅓', half: '½', full: 'Full' };
const SIZE_NAMES: Record<PictureWidth, string> = { third: 'a third of the width', half: 'half the width', full: 'the full width' };

function button(text: string, label: string): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = 'aw-picture-size';
  el.textContent = text;
  el.setAttribute('aria-label', label);
  el.title = label;
  // Keep the editor's selection until the click decides.
  el.addEventListener('mousedown', (event) => event.preventDefault());
  return el;
}

function render(node: ProseMirrorNode, setAttrs: (attrs: Record<string, unknown>) => void) {
  const dom = document.createElement('figure');
  dom.className = 'aw-picture';
  dom.contentEditable = 'false';
  const image = document.createElement('img');
  image.alt = String(node.attrs.alt ?? '');
  image.title = 'Click to view large';
  const id = attachmentIdOf(node.attrs.src);
  if (id)
    void pictureUrl(id).then(
      (url) => (image.src = url),
      () => dom.classList.add('aw-picture-missing'),
    );
  image.addEventListener('click', () => image.src && openPictureViewer(image.src, image.alt));
  const sizes = document.createElement('div');
  sizes.className = 'aw-picture-sizes';
  sizes.setAttribute('role', 'group');
  sizes.setAttribute('aria-label', 'Picture size');
  for (const width of pictureWidths) {
    const control = button(SIZE_LABELS[width], `Show at ${SIZE_NAMES[width]}`);
    control.setAttribute('aria-pressed', String((node.attrs.width ?? 'full') === width));
    control.addEventListener('click', () => setAttrs({ width }));
    sizes.append(control);
  }
  const caption = document.createElement('input');
  caption.className = 'aw-picture-caption';
  caption.placeholder = 'Add a caption';
  caption.setAttribute('aria-label', 'Caption');
  caption.maxLength = 1000;
  caption.value = String(node.attrs.alt ?? '');
  caption.addEventListener('change', () => setAttrs({ alt: caption.value.trim() || null }));
  caption.addEventListener('keydown', (event) => event.key === 'Enter' && caption.blur());
  dom.append(image, sizes, caption);
  dom.dataset.width = String(node.attrs.width ?? 'full');
  return { dom, image, caption };
}

export const EditorPictureNode = PictureNode.extend({
  addNodeView() {
    return ({ node, getPos, editor }) => {
      const setAttrs = (attrs: Record<string, unknown>) => {
        const pos = getPos();
        if (typeof pos !== 'number') return;
        (editor as Editor).chain().setNodeSelection(pos).updateAttributes('image', attrs).run();
      };
      const view = render(node, setAttrs);
      return {
        dom: view.dom,
        // The caption field and the buttons handle their own events; ProseMirror must not treat them as editing.
        stopEvent: (event) => event.target instanceof HTMLInputElement || event.target instanceof HTMLButtonElement,
        ignoreMutation: () => true,
        // A changed picture (size, caption, source) is drawn afresh.
        update: (next) => next === node,
      };
    };
  },
});
