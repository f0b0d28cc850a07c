// A Tiptap document to HTML, server-side, with the editor's own schema; unknown nodes degrade to their content instead of failing the export.
import { getSchema } from '@tiptap/core';
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string';
import type { DocNode } from '../../contract';
import { documentExtensions } from '../../contract/editor/extensions';
import { PROMPT_NODE_NAME } from '../../contract/editor/promptNode';

export interface RenderDocOptions {
  /** When false, template questions are left out and only the writer's answers remain. */
  includePrompts: boolean;
}

type RenderInput = Parameters<typeof renderToHTMLString>[0];

let known: { nodes: Set<string>; marks: Set<string> } | undefined;
const extensions = documentExtensions();

function knownTypes(): { nodes: Set<string>; marks: Set<string> } {
  if (!known) {
    const schema = getSchema(extensions);
    known = { nodes: new Set(Object.keys(schema.nodes)), marks: new Set(Object.keys(schema.marks)) };
  }
  return known;
}

/**
 * A copy the renderer can take: prompts dropped when asked, unknown marks removed, unknown nodes replaced by their
 * children (a document written by a newer version still exports its words).
 */
export function printableNodes(node: DocNode, options: RenderDocOptions): DocNode[] {
  const { nodes, marks } = knownTypes();
  if (node.type === PROMPT_NODE_NAME && !options.includePrompts) return [];
  const content = node.content?.flatMap((child) => printableNodes(child, options));
  if (!nodes.has(node.type)) return content ?? (typeof node.text === 'string' ? [{ type: 'text', text: node.text }] : []);
  const copy: DocNode = { ...node };
  if (content) copy.content = content;
  if (node.marks) copy.marks = node.marks.filter((mark) => marks.has(mark.type));
  return [copy];
}

export function renderDocHtml(doc: DocNode, options: RenderDocOptions): string {
  const [printable] = printableNodes(doc, options);
  if (!printable?.content?.length) return '';
  try {
    // dir="auto" on every block: a Hebrew or Arabic paragraph among English ones still reads right to left.
    return renderToHTMLString({ content: printable as RenderInput['content'], extensions, staticEditorOptions: { textDirection: 'auto' } });
  } catch {
    // Content that breaks the schema's rules (e.g. text directly in the doc) would fail the whole export; print its text instead.
    return `<p dir="auto">${escapeHtml(plainText(printable))}</p>`;
  }
}

function plainText(node: DocNode): string {
  return (node.text ?? '') + (node.content ?? []).map(plainText).join(' ');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
