// markdown-it's inline tokens as Tiptap text nodes with marks: the inverse of docToMarkdown's inline half (==highlight==, <u> included).
import type MarkdownIt from 'markdown-it';
import type { DocMark, DocNode } from '../../contract/doc';

/** Called for each image; answers the node to put there (a picture, or a short note when it cannot be one). */
export type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

export type InlineImage = (src: string, alt: string) => DocNode;

const MARK_OPEN: Record<string, string> = { strong_open: 'bold', em_open: 'italic', s_open: 'strike' };
const MARK_CLOSE: Record<string, string> = { strong_close: 'bold', em_close: 'italic', s_close: 'strike' };

function withHighlights(text: string, marks: DocMark[]): DocNode[] {
  const nodes: DocNode[] = [];
  const parts = text.split(/==(?=\S)(.+?)(?<=\S)==/);
  parts.forEach((part, index) => {
    if (part === '') return;
    const highlighted = index % 2 === 1;
    const own = highlighted ? [...marks, { type: 'highlight' }] : marks;
    nodes.push(own.length ? { type: 'text', text: part, marks: own } : { type: 'text', text: part });
  });
  return nodes;
}

export function inlineNodes(tokens: Token[] = [], image: InlineImage): DocNode[] {
  const nodes: DocNode[] = [];
  const marks: DocMark[] = [];
  const closeMark = (type: string) => {
    const at = marks.map((m) => m.type).lastIndexOf(type);
    if (at >= 0) marks.splice(at, 1);
  };
  for (const token of tokens) {
    if (MARK_OPEN[token.type]) marks.push({ type: MARK_OPEN[token.type]! });
    else if (MARK_CLOSE[token.type]) closeMark(MARK_CLOSE[token.type]!);
    else if (token.type === 'link_open') marks.push({ type: 'link', attrs: { href: String(token.attrGet('href') ?? '') } });
    else if (token.type === 'link_close') closeMark('link');
    else if (token.type === 'html_inline' && /^<u>$/i.test(token.content)) marks.push({ type: 'underline' });
    else if (token.type === 'html_inline' && /^<\/u>$/i.test(token.content)) closeMark('underline');
    else if (token.type === 'softbreak' || token.type === 'hardbreak') nodes.push({ type: 'hardBreak' });
    else if (token.type === 'code_inline') nodes.push({ type: 'text', text: token.content, marks: [...marks, { type: 'code' }] });
    else if (token.type === 'image')
      nodes.push(image(String(token.attrGet('src') ?? ''), token.children?.map((c) => c.content).join('') ?? token.content));
    else if (token.content) nodes.push(...withHighlights(token.content, [...marks]));
  }
  return nodes;
}
