// Makes any stored document safe to keep editing and printing without losing a word: strips what breaks the schema when that
// costs no words, else quarantines it (every string it held, as plain paragraphs). The caller keeps the original elsewhere.
import { depthExceeds, MAX_DOC_DEPTH, type DocMark, type DocNode } from '../doc';
import { docProblems, isPlainObject, MAX_CHILDREN, MAX_MARKS, MAX_TEXT } from './checkDoc';
import { markSpecs, nodeSpecs, type TypeSpec } from './nodeSpecs';

export type RepairOutcome = 'valid' | 'repaired' | 'quarantined';

export interface RepairResult {
  doc: DocNode;
  outcome: RepairOutcome;
  /** The first problem found, for the record kept beside the original (never shown with the document's words). */
  problem?: string;
}

class Quarantine extends Error {}

const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text']);

/** The attributes that pass their rule; a bad `words` attribute quarantines, a bad `required` one answers null. */
function keptAttrs(raw: unknown, spec: TypeSpec): Record<string, unknown> | null {
  if (raw !== undefined && !isPlainObject(raw)) throw new Quarantine();
  const attrs = raw ?? {};
  const kept: Record<string, unknown> = {};
  for (const [name, rule] of Object.entries(spec.attrs)) {
    if (!Object.hasOwn(attrs, name)) {
      if (rule.required) return null;
      continue;
    }
    if (rule.schema.safeParse(attrs[name]).success) kept[name] = attrs[name];
    else if (rule.words) throw new Quarantine();
    else if (rule.required) return null;
  }
  return kept;
}

const withAttrs = <T extends { attrs?: Record<string, unknown> }>(item: T, attrs: Record<string, unknown>): T =>
  Object.keys(attrs).length ? { ...item, attrs } : item;

/** Unknown marks and links to unsafe places are dropped; the text they wrapped stays. */
function repairMarks(raw: unknown): DocMark[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) throw new Quarantine();
  const marks = raw.flatMap((mark): DocMark[] => {
    if (!isPlainObject(mark) || typeof mark.type !== 'string' || !Object.hasOwn(markSpecs, mark.type)) return [];
    const attrs = keptAttrs(mark.attrs, markSpecs[mark.type]!);
    return attrs ? [withAttrs<DocMark>({ type: mark.type }, attrs)] : [];
  });
  return marks.slice(0, MAX_MARKS);
}

/** A picture that is not one of the journal's own becomes its caption, so a remote or file URL is never kept. */
function withoutNode(node: Record<string, unknown>): DocNode[] {
  const alt = isPlainObject(node.attrs) ? node.attrs.alt : undefined;
  if (typeof alt === 'string' && alt.trim()) return [{ type: 'paragraph', content: [{ type: 'text', text: alt.slice(0, MAX_TEXT) }] }];
  return [];
}

function repairNode(raw: unknown): DocNode[] {
  if (!isPlainObject(raw) || Object.keys(raw).some((key) => !NODE_KEYS.has(key))) throw new Quarantine();
  if (typeof raw.type !== 'string' || !Object.hasOwn(nodeSpecs, raw.type)) throw new Quarantine();
  const attrs = keptAttrs(raw.attrs, nodeSpecs[raw.type]!);
  if (!attrs) return withoutNode(raw);
  const node = withAttrs<DocNode>({ type: raw.type }, attrs);
  const marks = repairMarks(raw.marks);
  if (marks?.length) node.marks = marks;
  if (raw.type === 'text') {
    if (typeof raw.text !== 'string' || raw.text.length > MAX_TEXT || raw.content !== undefined) throw new Quarantine();
    node.text = raw.text;
    return [node];
  }
  if (raw.text !== undefined) throw new Quarantine();
  if (raw.content !== undefined) {
    if (!Array.isArray(raw.content) || raw.content.length > MAX_CHILDREN) throw new Quarantine();
    node.content = raw.content.flatMap(repairNode);
  }
  return [node];
}

/** Every string anywhere in a value except type names, in document order: the words of a document that cannot be repaired. */
function strings(value: unknown, out: string[], key = ''): string[] {
  if (typeof value === 'string') {
    if (key !== 'type' && value.trim()) out.push(value);
  } else if (Array.isArray(value)) value.forEach((item) => strings(item, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, out, k);
  return out;
}

const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** One plain paragraph per top-level block, each within the schema's limits. */
export function quarantinedDoc(raw: unknown): DocNode {
  const blocks = isPlainObject(raw) && Array.isArray(raw.content) ? raw.content : [raw];
  const texts = blocks.map((block) => strings(block, []).join(' ')).filter((text) => text.trim());
  const chunks = texts.flatMap((text) =>
    Array.from({ length: Math.ceil(text.length / MAX_TEXT) }, (_, i) => text.slice(i * MAX_TEXT, (i + 1) * MAX_TEXT)),
  );
  const perBlock = Math.ceil(chunks.length / MAX_CHILDREN) || 1;
  const merged = Array.from({ length: Math.ceil(chunks.length / perBlock) }, (_, i) =>
    chunks.slice(i * perBlock, (i + 1) * perBlock).join('\n'),
  );
  return { type: 'doc', content: merged.length ? merged.map(paragraph) : [{ type: 'paragraph' }] };
}

export function repairDoc(raw: unknown): RepairResult {
  if (depthExceeds(raw, MAX_DOC_DEPTH * 3))
    return { doc: quarantinedDoc(raw), outcome: 'quarantined', problem: 'document is nested too deeply' };
  const first = docProblems(raw, { firstOnly: true })[0];
  if (!first) return { doc: raw as DocNode, outcome: 'valid' };
  const problem = `${first.path.join('.')}: ${first.message}`;
  try {
    if (!isPlainObject(raw) || raw.type !== 'doc') throw new Quarantine();
    const [doc] = repairNode(raw);
    if (!doc || docProblems(doc, { firstOnly: true }).length) throw new Quarantine();
    return { doc, outcome: 'repaired', problem };
  } catch (error) {
    if (!(error instanceof Quarantine)) throw error;
    return { doc: quarantinedDoc(raw), outcome: 'quarantined', problem };
  }
}
