// Markdown (CommonMark + tables, task lists, ==highlight==) to a document of the editor's schema with markdown-it: the inverse of export.markdown.
import MarkdownIt from 'markdown-it';
import type { DocNode } from '../../contract/doc';
import { inlineNodes, type InlineImage, type Token } from './markdownInline';

// Raw HTML stays text (never markup), links are checked by the editor's own rules, tables are parsed so they can be kept as text.
const parser = new MarkdownIt('default', { html: true, linkify: false }).disable(['html_block']);

type Stack = DocNode[];

const BLOCK_OPEN: Record<string, (token: Token) => DocNode> = {
  paragraph_open: () => ({ type: 'paragraph', content: [] }),
  heading_open: (token) => ({ type: 'heading', attrs: { level: Number(token.tag.slice(1)) || 1 }, content: [] }),
  blockquote_open: () => ({ type: 'blockquote', content: [] }),
  bullet_list_open: () => ({ type: 'bulletList', content: [] }),
  ordered_list_open: (token) => ({ type: 'orderedList', attrs: { start: Number(token.attrGet('start') ?? 1) }, content: [] }),
  list_item_open: () => ({ type: 'listItem', content: [] }),
  table_open: () => ({ type: 'table', content: [] }),
  tr_open: () => ({ type: 'tableRow', content: [] }),
};

const TASK = /^\[([ xX])\]\s+/;

const isTaskItem = (item: DocNode) => TASK.test(item.content?.[0]?.content?.[0]?.text ?? '');

function taskItem(item: DocNode): DocNode {
  const [first, ...rest] = item.content ?? [];
  const [lead, ...inline] = first?.content ?? [];
  const checked = TASK.exec(lead?.text ?? '')![1] !== ' ';
  const text = (lead?.text ?? '').replace(TASK, '');
  const content = text ? [{ ...lead!, text }, ...inline] : inline;
  const paragraph: DocNode = content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
  return { type: 'taskItem', attrs: { checked }, content: [paragraph, ...rest] };
}

/** Items starting "[ ]" or "[x]" are tasks: a bullet list splits into runs of task lists and plain lists (Markdown joins adjacent ones). */
function splitTaskLists(list: DocNode): DocNode[] {
  const runs: DocNode[] = [];
  for (const item of list.content ?? []) {
    const type = isTaskItem(item) ? 'taskList' : 'bulletList';
    const last = runs.at(-1);
    const converted = type === 'taskList' ? taskItem(item) : item;
    if (last?.type === type) last.content!.push(converted);
    else runs.push({ type, content: [converted] });
  }
  return runs;
}

/** The editor has no tables: each row becomes a paragraph of its cells separated by " | ", so no word is lost. */
function tableAsText(table: DocNode): DocNode[] {
  return (table.content ?? []).map((row) => {
    const cells = (row.content ?? []).map((cell) => cell.content ?? []);
    const content = cells.flatMap((cell, i) => (i === 0 ? cell : [{ type: 'text', text: ' | ' }, ...cell]));
    return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
  });
}

function close(node: DocNode): DocNode[] {
  if (node.type === 'bulletList') return splitTaskLists(node);
  if (node.type === 'table') return tableAsText(node);
  if (node.type === 'paragraph' || node.type === 'heading') {
    const content = node.content ?? [];
    return content.length ? [node] : node.type === 'paragraph' ? [{ type: 'paragraph' }] : [];
  }
  return [node];
}

/** Block images (a paragraph holding only a picture) stand alone; inline ones stay where they are. */
function liftImages(node: DocNode): DocNode[] {
  if (node.type !== 'paragraph' || !node.content?.some((n) => n.type === 'image')) return [node];
  const out: DocNode[] = [];
  let run: DocNode[] = [];
  const flush = () => {
    while (run[0]?.type === 'hardBreak') run.shift();
    while (run.at(-1)?.type === 'hardBreak') run.pop();
    if (run.some((n) => n.type !== 'hardBreak')) out.push({ type: 'paragraph', content: run });
    run = [];
  };
  for (const child of node.content) {
    if (child.type === 'image') {
      flush();
      out.push(child);
    } else run.push(child);
  }
  flush();
  return out;
}

export function markdownToDoc(markdown: string, image: InlineImage): DocNode {
  const root: DocNode = { type: 'doc', content: [] };
  const stack: Stack = [root];
  const top = () => stack[stack.length - 1]!;
  for (const token of parser.parse(markdown, {})) {
    const open = BLOCK_OPEN[token.type];
    if (open) stack.push(open(token));
    else if (token.type.endsWith('_close') && BLOCK_OPEN[token.type.replace('_close', '_open')]) {
      const node = stack.pop()!;
      top().content!.push(...close(node).flatMap(liftImages));
    } else if (token.type === 'inline') {
      const inline = inlineNodes(token.children ?? [], image);
      const parent = top();
      // Table cells have no *_open node of their own here: each cell's inline content is kept as one cell.
      if (parent.type === 'tableRow') parent.content!.push({ type: 'tableCell', content: inline });
      else parent.content!.push(...inline);
    } else if (token.type === 'fence' || token.type === 'code_block') {
      const code = token.content.replace(/\n$/, '');
      const block: DocNode = { type: 'codeBlock', attrs: { language: token.info.trim() || null } };
      top().content!.push(code ? { ...block, content: [{ type: 'text', text: code }] } : block);
    } else if (token.type === 'hr') top().content!.push({ type: 'horizontalRule' });
  }
  if (root.content!.length === 0) root.content!.push({ type: 'paragraph' });
  return root;
}
