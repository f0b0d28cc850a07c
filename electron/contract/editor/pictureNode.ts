// The image node as documents use it: src is an attachment reference, alt the caption, width a third, half or the full text width.
import Image from '@tiptap/extension-image';
import { attachmentIdOf } from '../attachments/attachmentRef';

export const pictureWidths = ['third', 'half', 'full'] as const;
export type PictureWidth = (typeof pictureWidths)[number];

export const PictureNode = Image.extend({
  addAttributes() {
    return {
      // An attachment reference is written as data-attachment, never as src: a browser would try to load "attachment:…" (and CSP
      // would block it). A picture already inlined for print (data:) is an ordinary src.
      src: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-attachment') ?? element.getAttribute('src'),
        renderHTML: (attributes) => (attachmentIdOf(attributes.src) ? { 'data-attachment': attributes.src } : { src: attributes.src }),
      },
      alt: { default: null },
      width: {
        default: null,
        parseHTML: (element) => {
          const value = element.getAttribute('data-width');
          return (pictureWidths as readonly string[]).includes(value ?? '') ? value : null;
        },
        renderHTML: (attributes) => (attributes.width ? { 'data-width': attributes.width } : {}),
      },
    };
  },
  // Only the journal's own pictures are read from pasted HTML (as written now, or as an older src): a web page's <img> is never
  // fetched or kept, and a remote src would make a document the contract refuses.
  parseHTML() {
    return [{ tag: 'img[data-attachment^="attachment:"]' }, { tag: 'img[src^="attachment:"]' }];
  },
});
