// One Markdown file (Obsidian, jrnl, Joplin, Afterword's own export) as an entry: front matter, dates, title, tags, pictures.
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import type { DocNode } from '../../contract/doc';
import { entryId } from '../../contract/entities';
import { dateFromFileName, parseDateValue, type EntryTime } from './importDates';
import { jrnlHeading } from './jrnlMarkdown';
import { PENDING_PICTURE, type ImportedEntry, type ImportFailure } from './importTypes';
import { markdownToDoc } from './markdownToDoc';
import { stableId } from './stableId';

export interface MarkdownFile {
  /** Path inside the zip (or the file's name). */
  path: string;
  text: string;
  modified: Date;
}

type FrontMatter = Record<string, unknown>;

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n?/;
const DATE_KEYS = ['date', 'created', 'created_at', 'creation_date', 'Date', 'Created'];
const INLINE_TAG = /(?:^|[\s(])#([\p{L}\p{N}_][\p{L}\p{N}_/-]*)/gu;

function splitFrontMatter(text: string): { meta: FrontMatter; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { meta: {}, body: text };
  // Dates stay strings (the core schema), so "2024-07-22" is read by our own rules, not as midnight UTC. js-yaml, not
  // `yaml`: reading front matter was a quarter of a 1,000-file import with `yaml`, and is ~50× less with js-yaml.
  const meta = loadYaml(match[1]!, { schema: CORE_SCHEMA }) as unknown;
  return { meta: meta && typeof meta === 'object' && !Array.isArray(meta) ? (meta as FrontMatter) : {}, body: text.slice(match[0].length) };
}

function frontMatterTags(meta: FrontMatter): string[] {
  const raw = meta.tags ?? meta.tag ?? meta.keywords;
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[,\s]+/) : [];
  return values
    .filter((t): t is string | number => typeof t === 'string' || typeof t === 'number')
    .map((t) => String(t).replace(/^#/, '').trim());
}

function inlineTags(node: DocNode, tags: string[]): void {
  const isCode = node.marks?.some((m) => m.type === 'code' || m.type === 'link') || node.type === 'codeBlock';
  if (isCode) return;
  if (node.text) for (const m of node.text.matchAll(INLINE_TAG)) if (!/^\d+$/.test(m[1]!)) tags.push(m[1]!);
  for (const child of node.content ?? []) inlineTags(child, tags);
}

const plainText = (node: DocNode): string => node.text ?? (node.content ?? []).map(plainText).join('');

function resolvePicturePath(src: string, from: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return null;
  let path: string;
  try {
    path = decodeURIComponent(src.split(/[?#]/)[0]!);
  } catch {
    path = src;
  }
  const parts = path.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** Relative images become pending pictures; remote ones stay a link in the text (never fetched); Obsidian's ![[x.png]] too. */
function imageNode(path: string) {
  return (src: string, alt: string): DocNode => {
    const local = resolvePicturePath(src, path);
    if (local) return { type: 'image', attrs: alt ? { src: `${PENDING_PICTURE}${local}`, alt } : { src: `${PENDING_PICTURE}${local}` } };
    return { type: 'text', text: alt || src, marks: /^https?:/i.test(src) ? [{ type: 'link', attrs: { href: src } }] : [] };
  };
}

const wikiEmbeds = (body: string) =>
  body.replace(/!\[\[([^\]|#]+\.(?:png|jpe?g|gif|webp|heic|avif))(?:\|[^\]]*)?\]\]/gi, (_all, name: string) => `![](<${name.trim()}>)`);

function entryTime(meta: FrontMatter, fromName: EntryTime | undefined, modified: Date): EntryTime {
  for (const key of DATE_KEYS) {
    const time = parseDateValue(meta[key]);
    if (time) return time;
  }
  return fromName ?? { entryDate: modified.toISOString().slice(0, 10), instant: modified.toISOString() };
}

function updatedTime(meta: FrontMatter, created: EntryTime): string {
  for (const key of ['updated', 'modified', 'updated_at', 'modified_at']) {
    const time = parseDateValue(meta[key]);
    if (time) return time.instant;
  }
  return created.instant;
}

export function markdownEntry(file: MarkdownFile): ImportedEntry | ImportFailure {
  const where = file.path;
  let split: { meta: FrontMatter; body: string };
  try {
    split = splitFrontMatter(file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  } catch {
    return { where, reason: 'Its front matter (the block between --- lines) is not valid YAML.' };
  }
  const { meta } = split;
  // jrnl's YAML export keeps the entry's text in the front matter (`body: |`) and nothing after it.
  const body = split.body.trim() === '' && typeof meta.body === 'string' ? meta.body : split.body;
  const stem = file.path.slice(file.path.lastIndexOf('/') + 1).replace(/\.(md|markdown|txt)$/i, '');
  const named = dateFromFileName(stem);
  const doc = markdownToDoc(wikiEmbeds(body), imageNode(file.path));
  const blocks = doc.content ?? [];
  const metaTitle = typeof meta.title === 'string' ? meta.title.trim() : '';
  const first = blocks[0];
  const heading = first?.type === 'heading' && first.attrs?.level === 1 ? plainText(first).trim() : '';
  // jrnl heads each entry with its date and time: `# 2020-08-29 11:11 Entry the first.`
  const dated = heading ? jrnlHeading(heading) : null;
  const time = entryTime(meta, dated?.time ?? named?.time, file.modified);
  // The first "# " heading is the title (and leaves the text) unless the front matter names another one.
  if (heading && (!metaTitle || metaTitle === heading || metaTitle === dated?.title)) blocks.shift();
  if (blocks.length === 0) blocks.push({ type: 'paragraph' });
  const title = metaTitle || dated?.title || heading || (named ? named.rest : stem);
  const tags: string[] = frontMatterTags(meta);
  inlineTags(doc, tags);
  const ownId = entryId.safeParse(meta.id);
  return {
    where,
    id: ownId.success ? ownId.data : stableId('markdown', `${file.path}\n${file.text}`),
    entryDate: time.entryDate,
    createdAt: time.instant,
    updatedAt: updatedTime(meta, time),
    title: title.slice(0, 500),
    doc,
    tags: [...new Set(tags.filter(Boolean).map((t) => t.slice(0, 100)))],
    favorite: meta.favorite === true || meta.starred === true,
  };
}
