import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import { documentExtensions } from '/work/wt4/electron/contract/editor/extensions.ts';
const doc = { type: 'doc', content: [
 { type: 'prompt', attrs: { text: 'What <happened>?', hint: 'a few lines', key: 'k' } },
 { type: 'paragraph', content: [{ type: 'text', text: 'Café <b> & 日本 שלום', marks: [{ type: 'bold' }] }] },
 { type: 'image', attrs: { src: 'data:image/png;base64,AAA', alt: 'x' } },
 { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: true }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'done' }] }] }] },
 { type: 'unknownNode' },
]};
console.log(renderToHTMLString({ content: doc as any, extensions: documentExtensions() }));
