// Schema for a Tiptap (ProseMirror) JSON document as it crosses the contract: bounded in depth, every node, mark and attribute
// exactly as the editor's schema defines it (document/nodeSpecs.ts), anything else refused with the path that broke it.
import { z } from 'zod';
import { docProblems } from './document/checkDoc';

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

/** A whole document: depth is checked before the walk, then the first problem is reported at its path. */
export const docSchema = z
  .custom<DocNode>((value) => !depthExceeds(value, MAX_DOC_DEPTH * 3), { message: 'document is nested too deeply' })
  .pipe(
    z.custom<DocNode>().superRefine((value, ctx) => {
      const problem = docProblems(value, { firstOnly: true })[0];
      if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }),
  );

export type Doc = DocNode;

export const emptyDoc = (): Doc => ({ type: 'doc', content: [{ type: 'paragraph' }] });
