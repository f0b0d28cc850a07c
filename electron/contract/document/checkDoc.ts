// Walks a document as it arrived (unknown JSON) and names each place that breaks the schema, e.g. `content[3].attrs.text`.
import { markSpecs, nodeSpecs, type TypeSpec } from './nodeSpecs';

export type DocPath = Array<string | number>;

export interface DocProblem {
  path: DocPath;
  message: string;
}

export const MAX_CHILDREN = 20_000;
export const MAX_MARKS = 32;
export const MAX_TEXT = 1_000_000;

const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text']);
const MARK_KEYS = new Set(['type', 'attrs']);

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** Type names and keys are echoed in messages: cut short and printable, so a hostile value never comes back at length. */
const quote = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

type Report = (problem: DocProblem) => boolean;

function checkAttrs(attrs: unknown, spec: TypeSpec, path: DocPath, report: Report): boolean {
  if (attrs === undefined) attrs = {};
  if (!isPlainObject(attrs)) return report({ path: [...path, 'attrs'], message: 'attributes must be an object' });
  for (const [name, value] of Object.entries(attrs)) {
    const rule = Object.hasOwn(spec.attrs, name) ? spec.attrs[name] : undefined;
    if (!rule) {
      if (report({ path: [...path, 'attrs', name], message: `unknown attribute ${quote(name)}` })) return true;
      continue;
    }
    const parsed = rule.schema.safeParse(value);
    if (!parsed.success && report({ path: [...path, 'attrs', name], message: parsed.error.issues[0]?.message ?? 'invalid value' }))
      return true;
  }
  for (const [name, rule] of Object.entries(spec.attrs)) {
    if (rule.required && !Object.hasOwn(attrs, name) && report({ path: [...path, 'attrs', name], message: 'this attribute is required' }))
      return true;
  }
  return false;
}

function checkMarks(marks: unknown, path: DocPath, report: Report): boolean {
  if (marks === undefined) return false;
  if (!Array.isArray(marks) || marks.length > MAX_MARKS) return report({ path, message: `marks must be a list of at most ${MAX_MARKS}` });
  return marks.some((mark, index) => {
    const at = [...path, index];
    if (!isPlainObject(mark)) return report({ path: at, message: 'a mark must be an object' });
    const stray = Object.keys(mark).find((key) => !MARK_KEYS.has(key));
    if (stray !== undefined) return report({ path: [...at, stray], message: `unknown key ${quote(stray)}` });
    const spec = typeof mark.type === 'string' && Object.hasOwn(markSpecs, mark.type) ? markSpecs[mark.type] : undefined;
    if (!spec) return report({ path: [...at, 'type'], message: `unknown mark ${quote(String(mark.type))}` });
    return checkAttrs(mark.attrs, spec, at, report);
  });
}

function checkNode(node: unknown, path: DocPath, report: Report): boolean {
  if (!isPlainObject(node)) return report({ path, message: 'a node must be an object' });
  const stray = Object.keys(node).find((key) => !NODE_KEYS.has(key));
  if (stray !== undefined && report({ path: [...path, stray], message: `unknown key ${quote(stray)}` })) return true;
  const spec = typeof node.type === 'string' && Object.hasOwn(nodeSpecs, node.type) ? nodeSpecs[node.type] : undefined;
  if (!spec) return report({ path: [...path, 'type'], message: `unknown node type ${quote(String(node.type))}` });
  if (checkAttrs(node.attrs, spec, path, report) || checkMarks(node.marks, [...path, 'marks'], report)) return true;
  if (node.type === 'text') {
    if (typeof node.text !== 'string' || node.text.length > MAX_TEXT)
      return report({ path: [...path, 'text'], message: 'text must be a string of at most 1,000,000 characters' });
    if (node.content !== undefined) return report({ path: [...path, 'content'], message: 'a text node has no content' });
    return false;
  }
  if (node.text !== undefined && report({ path: [...path, 'text'], message: 'only text nodes carry text' })) return true;
  if (node.content === undefined) return false;
  if (!Array.isArray(node.content) || node.content.length > MAX_CHILDREN) {
    return report({
      path: [...path, 'content'],
      message: `content must be a list of at most ${MAX_CHILDREN.toLocaleString('en-GB')} nodes`,
    });
  }
  return node.content.some((child, index) => checkNode(child, [...path, 'content', index], report));
}

/**
 * Every problem in the document (or only the first, with `firstOnly`), each with its path from the document's root.
 * The caller bounds depth first (doc.ts), so the recursion stays shallow.
 */
export function docProblems(doc: unknown, { firstOnly = false } = {}): DocProblem[] {
  const problems: DocProblem[] = [];
  const report: Report = (problem) => {
    problems.push(problem);
    return firstOnly;
  };
  if (isPlainObject(doc) && doc.type !== 'doc') report({ path: ['type'], message: 'root node must be of type "doc"' });
  if (!(firstOnly && problems.length)) checkNode(doc, [], report);
  return problems;
}
