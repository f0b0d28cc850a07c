// Markdown export: one .md file per entry with YAML front matter, images beside them, all in one zip.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { FileBytes } from '../../contract';
import { attachmentIdOf } from '../../contract/attachments/attachmentRef';
import { extensionOf } from '../attachments/attachmentsRepository';
import type { PictureReader } from '../attachments/exportPictures';
import { docToMarkdown, escapeLine } from './docToMarkdown';
import { dateSpan, type ExportEntry } from './exportEntries';
import { fileNameSpan } from './formatDates';

/** JSON strings are valid YAML double-quoted scalars, so any title or tag is written safely. */
const yamlString = (text: string) => JSON.stringify(text);

export function frontMatter(entry: ExportEntry): string {
  const lines = [
    '---',
    `id: ${yamlString(entry.id)}`,
    `date: ${entry.entryDate}`,
    `title: ${yamlString(entry.title)}`,
    `template: ${entry.templateId === null ? 'null' : yamlString(entry.templateId)}`,
    `mood: ${entry.mood ?? 'null'}`,
    `tags: [${entry.tags.map(yamlString).join(', ')}]`,
    `favorite: ${entry.favorite}`,
    `created: ${yamlString(entry.createdAt)}`,
    `updated: ${yamlString(entry.updatedAt)}`,
    '---',
  ];
  return lines.join('\n');
}

/** "2026-03-03 A hard day.md": sortable by date, readable, and safe on Windows, macOS and Linux. */
function slug(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return [...cleaned].slice(0, 60).join('').trim();
}

function uniqueName(base: string, used: Set<string>, extension: string): string {
  let name = `${base}${extension}`;
  for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base} (${n})${extension}`;
  used.add(name.toLowerCase());
  return name;
}

/** The journal's pictures become files in images/ (each once, however many entries use it); nothing else is ever written or fetched. */
function imageCollector(folder: Zippable, stem: string, used: Set<string>, read: PictureReader, written: Map<string, string>) {
  return (src: string): string | null => {
    const id = attachmentIdOf(src);
    if (!id) return null;
    const already = written.get(id);
    if (already) return already;
    const file = read(id);
    if (!file) return null;
    const name = uniqueName(stem, used, `.${extensionOf(file.mimeType)}`);
    folder[name] = file.data;
    const link = `images/${encodeURIComponent(name)}`;
    written.set(id, link);
    return link;
  };
}

export function markdownExport(entries: ExportEntry[], now: Date, read: PictureReader): FileBytes {
  const { first, last } = dateSpan(entries);
  const root = `Afterword ${fileNameSpan(first, last)}`;
  const files: Zippable = {};
  const images: Zippable = {};
  const usedNames = new Set<string>();
  const usedImages = new Set<string>();
  const written = new Map<string, string>();
  for (const entry of entries) {
    const stem = [entry.entryDate, slug(entry.title)].filter(Boolean).join(' ');
    const name = uniqueName(stem, usedNames, '.md');
    const body = docToMarkdown(entry.doc, imageCollector(images, stem, usedImages, read, written));
    const heading = entry.title.trim() ? `# ${escapeLine(entry.title.trim())}\n\n` : '';
    files[name] = strToU8(`${frontMatter(entry)}\n\n${heading}${body}\n`);
  }
  if (Object.keys(images).length > 0) files.images = images;
  const data = zipSync({ [root]: files }, { level: 6, mtime: now });
  return { fileName: `${root}.zip`, mimeType: 'application/zip', data };
}
