// Markdown export: one .md file per entry with YAML front matter, images beside them, all in one zip streamed as it is made.
import type { FileOnDisk } from '../../contract';
import { attachmentIdOf } from '../../contract/attachments/attachmentRef';
import type { ExportScope } from '../../contract/exports/schemas';
import { extensionOf } from '../attachments/attachmentsRepository';
import { pictureReader, type PictureReader } from '../attachments/exportPictures';
import type { Db } from '../db/openDatabase';
import type { SealedWriter } from '../files/sealedTempFile';
import { jobProgress, type OnProgress } from '../jobs/jobProgress';
import { docToMarkdown, escapeLine } from './docToMarkdown';
import type { ExportEntry } from './exportEntries';
import { exportEntryPages } from './exportEntryPages';
import { fileNameSpan } from './formatDates';
import { zipStream, type ZipStream } from './zipStream';

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
function imageWriter(zip: ZipStream, root: string, read: PictureReader) {
  const used = new Set<string>();
  const written = new Map<string, string>();
  return (stem: string) =>
    (src: string): string | null => {
      const id = attachmentIdOf(src);
      if (!id) return null;
      const already = written.get(id);
      if (already) return already;
      const file = read(id);
      if (!file) return null;
      if (written.size === 0) zip.folder(`${root}/images`);
      const name = uniqueName(stem, used, `.${extensionOf(file.mimeType)}`);
      zip.stored(`${root}/images/${name}`, file.data);
      const link = `images/${encodeURIComponent(name)}`;
      written.set(id, link);
      return link;
    };
}

/** One entry's file: front matter, its title as a heading, the document. */
function entryMarkdown(entry: ExportEntry, collect: (src: string) => string | null): Uint8Array {
  const body = docToMarkdown(entry.doc, collect);
  const heading = entry.title.trim() ? `# ${escapeLine(entry.title.trim())}\n\n` : '';
  return Buffer.from(`${frontMatter(entry)}\n\n${heading}${body}\n`, 'utf8');
}

export interface MarkdownSource {
  first: string;
  last: string;
  pages(): Iterable<ExportEntry[]>;
}

/**
 * Writes the zip to `write` a page of entries at a time, each picture as the first entry that shows it is written; returns the
 * file's name. The archive holds what zipSync of the whole folder held: the same names, texts and pictures.
 */
export function markdownZip(
  source: MarkdownSource,
  now: Date,
  read: PictureReader,
  write: (chunk: Uint8Array) => void,
  written: () => void = () => {},
): string {
  const root = `Afterword ${fileNameSpan(source.first, source.last)}`;
  const zip = zipStream(now, write);
  const usedNames = new Set<string>();
  const images = imageWriter(zip, root, read);
  zip.folder(root);
  for (const page of source.pages()) {
    for (const entry of page) {
      const stem = [entry.entryDate, slug(entry.title)].filter(Boolean).join(' ');
      const name = uniqueName(stem, usedNames, '.md');
      zip.file(`${root}/${name}`, entryMarkdown(entry, images(stem)));
      written();
    }
  }
  zip.end();
  return `${root}.zip`;
}

/** export.markdown's file, written through `out` (a sealed temporary file) as it is made. */
export function markdownExport(db: Db, scope: ExportScope, now: Date, out: SealedWriter, onProgress: OnProgress = () => {}): FileOnDisk {
  const span = exportEntryPages(db, scope);
  const progress = jobProgress(span.count, onProgress);
  const fileName = markdownZip(
    span,
    now,
    pictureReader(db),
    (chunk) => out.writeBytes(chunk),
    () => progress.add(1),
  );
  return { fileName, mimeType: 'application/zip', sealed: out.finish() };
}
