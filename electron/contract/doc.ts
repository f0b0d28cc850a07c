// Schema for a Tiptap (ProseMirror) JSON document as it crosses the contract: shape-checked, bounded in depth.
import { z } from 'zod';

export const MAX_DOC_DEPTH = 40;

export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: DocMark[];
  text?: string;
}

/** Depth of nested objects/arrays, stopping early once over the limit so hostile input stays cheap. */
export function depthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (depth > limit) return true;
    if (current !== null && typeof current === 'object') {
      for (const child of Object.values(current as Record<string, unknown>)) stack.push([child, depth + 1]);
    }
  }
  return false;
}

const attrs = z.record(z.string().max(64), z.unknown());
const mark = z.object({ type: z.string().min(1).max(64), attrs: attrs.optional() });

const node: z.ZodType<DocNode, DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: attrs.optional(),
    content: z.array(node).max(20_000).optional(),
    marks: z.array(mark).max(32).optional(),
    text: z.string().max(1_000_000).optional(),
  }),
);

/** A whole document: type "doc" at the root; depth is checked before the recursive parse. */
export const docSchema = z
  .custom<DocNode>((value) => !depthExceeds(value, MAX_DOC_DEPTH * 3), { message: 'document is nested too deeply' })
  .pipe(node.refine((n) => n.type === 'doc', { message: 'root node must be of type "doc"' }));

export type Doc = DocNode;

export const emptyDoc = (): Doc => ({ type: 'doc', content: [{ type: 'paragraph' }] });
