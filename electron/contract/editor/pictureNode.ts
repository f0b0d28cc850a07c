// The image node as documents use it: src is an attachment reference, alt the caption, width a third, half or the full text width.
import Image from '@tiptap/extension-image';

export const pictureWidths = ['third', 'half', 'full'] as const;
export type PictureWidth = (typeof pictureWidths)[number];

export const PictureNode = Image.extend({
  addAttributes() {
    return {
      src: { default: null },
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
  // Only the journal's own pictures are read from pasted HTML: a web page's <img> is never fetched or kept.
  parseHTML() {
    return [{ tag: 'img[src^="attachment:"]' }];
  },
});
