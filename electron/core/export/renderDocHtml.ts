// Tiptap documents to HTML, server-side, with the editor's own schema: every entry of an export in one render, split back per entry.
import { getSchema } from '@tiptap/core';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import type { DocNode } from '../../contract';
import { ATTACHMENT_REF } from '../../contract/document/safeUrl';
import { documentExtensions } from '../../contract/editor/extensions';
import { PROMPT_NODE_NAME } from '../../contract/editor/promptNode';

export interface RenderDocOptions {
  /** When false, template questions are left out and only the writer's answers remain. */
  includePrompts: boolean;
  /** When true (the default), a question with nothing written under it is left out, with its empty answer space. */
  omitUnansweredPrompts?: boolean;
}

const isEmptyParagraph = (node: DocNode | undefined) =>
  node?.type === 'paragraph' && !(node.content ?? []).some((child) => plainText(child).trim() !== '');

/** Top-level blocks without the prompts nobody answered: a prompt followed by nothing, another prompt, or only empty lines. */
export function withoutUnansweredPrompts(blocks: DocNode[]): DocNode[] {
  const kept: DocNode[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.type !== PROMPT_NODE_NAME) {
      kept.push(block);
      continue;
    }
    let j = i + 1;
    while (isEmptyParagraph(blocks[j])) j += 1;
    const answered = j < blocks.length && blocks[j]!.type !== PROMPT_NODE_NAME;
    if (answered) kept.push(block);
    else i = j - 1;
  }
  return kept;
}

/** One top-level block of an entry: its node type (so print can keep a prompt with its answer) and its HTML. */
export interface RenderedBlock {
  type: string;
  html: string;
}

type RenderInput = Parameters<typeof renderToHTMLString>[0];

const extensions = documentExtensions();
let known: { nodes: Set<string>; marks: Set<string> } | undefined;

function knownTypes(): { nodes: Set<string>; marks: Set<string> } {
  if (!known) {
    const schema = getSchema(extensions);
    known = { nodes: new Set(Object.keys(schema.nodes)), marks: new Set(Object.keys(schema.marks)) };
  }
  return known;
}

/** A picture the page may show: one of the journal's own, or already embedded; never a URL the print page would fetch. */
const PRINTABLE_IMAGE = new RegExp(`${ATTACHMENT_REF.source}|^data:image/(png|jpeg|gif|webp);base64,`);

/**
 * A copy the renderer can take: prompts dropped when asked, unknown marks removed, unknown nodes replaced by their
 * children (a document written by a newer version still exports its words), pictures from elsewhere left out.
 */
export function printableNodes(node: DocNode, options: RenderDocOptions): DocNode[] {
  const { nodes, marks } = knownTypes();
  if (node.type === PROMPT_NODE_NAME && !options.includePrompts) return [];
  if (node.type === 'image' && !(typeof node.attrs?.src === 'string' && PRINTABLE_IMAGE.test(node.attrs.src))) return [];
  const content = node.content?.flatMap((child) => printableNodes(child, options));
  if (!nodes.has(node.type)) return content ?? (typeof node.text === 'string' ? [{ type: 'text', text: node.text }] : []);
  const copy: DocNode = { ...node };
  if (content) copy.content = content;
  if (node.marks) copy.marks = node.marks.filter((mark) => marks.has(mark.type));
  return [copy];
}

/** Renders top-level blocks and hands back each one's HTML; dir="auto" on every block lets a Hebrew paragraph read right to left among English ones. */
function renderTopLevel(blocks: DocNode[]): string[] {
  let captured: string[] = [];
  renderToHTMLString({
    content: { type: 'doc', content: blocks } as RenderInput['content'],
    extensions,
    staticEditorOptions: { textDirection: 'auto' },
    options: {
      nodeMapping: {
        doc: ({ children }) => {
          captured = children === undefined ? [] : Array.isArray(children) ? children : [children];
          return '';
        },
      },
    },
  });
  return captured;
}

/** Content that breaks the schema's rules (e.g. text straight in the doc) must not sink the export: print its words plainly. */
function renderOneSafely(blocks: DocNode[]): string[] {
  try {
    return renderTopLevel(blocks);
  } catch {
    return [`<p dir="auto">${escapeHtml(blocks.map(plainText).join(' ').replace(/\s+/g, ' ').trim())}</p>`];
  }
}

/**
 * Each document's top-level blocks as HTML. Setting up the renderer costs far more than rendering (≈18 ms a call), so all
 * documents go through one call and are split back by their block counts; a document that fails is rendered on its own.
 */
export function renderDocs(docs: DocNode[], options: RenderDocOptions): RenderedBlock[][] {
  const perDoc = docs.map((doc) => {
    const blocks = printableNodes(doc, options)[0]?.content ?? [];
    return options.omitUnansweredPrompts === false ? blocks : withoutUnansweredPrompts(blocks);
  });
  let html: string[][];
  try {
    const all = renderTopLevel(perDoc.flat());
    let offset = 0;
    html = perDoc.map((blocks) => all.slice(offset, (offset += blocks.length)));
  } catch {
    html = perDoc.map(renderOneSafely);
  }
  return perDoc.map((blocks, i) => html[i]!.map((block, j) => ({ type: blocks[j]?.type ?? 'paragraph', html: block })));
}

function plainText(node: DocNode): string {
  return (node.text ?? '') + (node.content ?? []).map(plainText).join(' ');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
