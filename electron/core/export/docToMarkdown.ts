// A Tiptap document as CommonMark (plus ==highlight== and task lists), with prompts as quoted bold questions. Pure.
import type { DocMark, DocNode } from '../../contract';
import { isSafeLinkHref } from '../../contract/document/safeUrl';
import { PROMPT_NODE_NAME } from '../../contract/editor/promptNode';

/** Called for each image; returns a relative link to a file placed beside the Markdown, or null to write the caption alone. */
export type ImageLink = (src: string, alt: string) => string | null;

interface Context {
  image: ImageLink;
}

/** Markdown punctuation and raw HTML made literal; used for every string that comes from the writer or a file. */
export const escapeText = (text: string) => text.replace(/([\\`*_[\]<>~=|])/g, '\\$1');

/** A one-line string (title, question, caption): line breaks become spaces so it cannot start a block of its own. */
export const escapeLine = (text: string) => escapeText(text.replace(/[\r\n\u2028\u2029]+/g, ' '));

/** A code block's language as a fence info string: a short identifier, or nothing (a newline would end the fence). */
const infoString = (language: unknown) =>
  typeof language === 'string' && /^[A-Za-z0-9][A-Za-z0-9_+#.-]{0,31}$/.test(language) ? language : '';

/** A fence longer than any run of backticks in the code, so the code can never close it. */
function fenceFor(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Characters that would start a block (heading, list, quote) at the beginning of a line. */
const escapeLineStart = (line: string) => line.replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/, '$1\\$2');

function wrapMark(text: string, mark: DocMark): string {
  switch (mark.type) {
    case 'bold':
      return `**${text}**`;
    case 'italic':
      return `*${text}*`;
    case 'strike':
      return `~~${text}~~`;
    case 'highlight':
      return `==${text}==`;
    case 'underline':
      return `<u>${text}</u>`;
    case 'code':
      return `\`${text}\``;
    case 'link':
      // Only web and mail links survive; javascript:, file: and the like keep their words and lose the link.
      return isSafeLinkHref(mark.attrs?.href) ? `[${text}](<${mark.attrs.href.replace(/[<>\s]/g, encodeURIComponent)}>)` : text;
    default:
      return text;
  }
}

function inline(nodes: DocNode[] = [], ctx: Context): string {
  return nodes
    .map((node) => {
      if (node.type === 'hardBreak') return '\\\n';
      if (node.type === 'image') return imageMarkdown(node, ctx);
      if (typeof node.text !== 'string') return inline(node.content, ctx);
      const isCode = node.marks?.some((m) => m.type === 'code');
      const raw = isCode ? node.text.replace(/`/g, 'ˋ') : escapeText(node.text);
      return (node.marks ?? []).reduce(wrapMark, raw);
    })
    .join('');
}

/** Pictures only as files inside the export: a remote or file URL would be fetched by whatever opens the Markdown. */
function imageMarkdown(node: DocNode, ctx: Context): string {
  const src = typeof node.attrs?.src === 'string' ? node.attrs.src : '';
  const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
  const link = src ? ctx.image(src, alt) : null;
  if (link && /^images\/[^\s<>]+$/.test(link)) return `![${escapeLine(alt)}](<${link}>)`;
  return alt ? escapeLine(alt) : '';
}

const indent = (text: string, prefix: string, first = prefix) =>
  text
    .split('\n')
    .map((line, i) => (line === '' ? line : (i === 0 ? first : prefix) + line))
    .join('\n');

function listItems(node: DocNode, ctx: Context, marker: (index: number, item: DocNode) => string): string {
  return (node.content ?? [])
    .map((item, index) => {
      const m = marker(index, item);
      // A tight list unless an item holds several paragraphs, which need blank lines to stay apart.
      const loose = (item.content ?? []).filter((child) => child.type === 'paragraph').length > 1;
      return indent(blocks(item.content, ctx, loose ? '\n\n' : '\n'), ' '.repeat(m.length), m);
    })
    .join('\n');
}

function block(node: DocNode, ctx: Context): string {
  switch (node.type) {
    case 'paragraph':
      return inline(node.content, ctx).split('\n').map(escapeLineStart).join('\n');
    case 'heading':
      return `${'#'.repeat(Math.min(6, Math.max(1, Number(node.attrs?.level) || 1)))} ${inline(node.content, ctx)}`;
    case 'blockquote':
      return indent(blocks(node.content, ctx), '> ').replace(/^$/gm, '>');
    case 'bulletList':
      return listItems(node, ctx, () => '- ');
    case 'orderedList': {
      const start = Number(node.attrs?.start) || 1;
      return listItems(node, ctx, (i) => `${start + i}. `);
    }
    case 'taskList':
      return listItems(node, ctx, (_i, item) => (item.attrs?.checked ? '- [x] ' : '- [ ] '));
    case 'codeBlock': {
      const code = (node.content ?? []).map((t) => t.text ?? '').join('');
      const fence = fenceFor(code);
      return `${fence}${infoString(node.attrs?.language)}\n${code}\n${fence}`;
    }
    case 'horizontalRule':
      return '---';
    case 'image':
      return imageMarkdown(node, ctx);
    case PROMPT_NODE_NAME: {
      const hint = typeof node.attrs?.hint === 'string' && node.attrs.hint ? `\n> *${escapeLine(node.attrs.hint)}*` : '';
      return `> **${escapeLine(typeof node.attrs?.text === 'string' ? node.attrs.text : '')}**${hint}`;
    }
    default:
      return node.content ? blocks(node.content, ctx) : escapeText(node.text ?? '');
  }
}

function blocks(nodes: DocNode[] = [], ctx: Context, separator = '\n\n'): string {
  return nodes
    .map((node) => block(node, ctx))
    .filter((text) => text.trim() !== '')
    .join(separator);
}

export function docToMarkdown(doc: DocNode, image: ImageLink = () => null): string {
  return blocks(doc.content, { image });
}
