// Runs an import: reads every entry (bad ones reported one by one), stores pictures, then adds the good entries in one transaction.
import type { ImportReport } from '../../contract/exports/schemas';
import { deleteAttachmentsIfUnused } from '../attachments/deleteUnusedAttachments';
import type { Db } from '../db/openDatabase';
import { extractDocText } from '../entries/docText';
import { withSafeLinks } from './safeLinks';
import { AppError } from '../errors/AppError';
import { importedTagName, tagKey } from '../tags/tagRules';
import { PictureImporter } from './importPictures';
import { isFailure, type ImportedEntry, type ImportFailure, type ImportSource } from './importTypes';

export interface ImportControl {
  maxEdge: number;
  /** Called as entries are read; plugs into whatever carries progress to the page. */
  onProgress(done: number, total: number): void;
  cancelled(): boolean;
}

/** Progress goes out (and other calls, a Cancel among them, get a turn) this often at most, and at least every BATCH entries. */
const BATCH = 50;
const PROGRESS_MS = 100;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

function insertEntries(db: Db, entries: ImportedEntry[]): void {
  const insert = db.prepare(
    `INSERT INTO entries (id, entry_date, created_at, updated_at, title, doc, text, preview, word_count, favorite)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Statements prepared once for the whole import: preparing per tag cost more than the inserts themselves.
  // Tags are one per key (Grief = grief), so an imported spelling joins the tag already there.
  const addTag = db.prepare('INSERT INTO tags (name, key) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET key = key RETURNING id');
  const link = db.prepare('INSERT OR IGNORE INTO entry_tags (entry_seq, tag_id) VALUES (?, ?)');
  const tagIds = new Map<string, number>();
  for (const entry of entries) {
    const { text, wordCount, preview } = extractDocText(entry.doc);
    const { lastInsertRowid } = insert.run(
      entry.id,
      entry.entryDate,
      entry.createdAt,
      entry.updatedAt,
      entry.title,
      JSON.stringify(entry.doc),
      text,
      preview,
      wordCount,
      entry.favorite ? 1 : 0,
    );
    for (const raw of entry.tags) {
      const name = importedTagName(raw);
      if (name === null) continue;
      const key = tagKey(name);
      if (!tagIds.has(key)) tagIds.set(key, (addTag.get(name, key) as { id: number }).id);
      link.run(Number(lastInsertRowid), tagIds.get(key));
    }
  }
}

async function readEntries(db: Db, source: ImportSource, pictures: PictureImporter, control: ImportControl, report: ImportReport) {
  const exists = db.prepare('SELECT 1 FROM entries WHERE id = ?');
  const seen = new Set<string>();
  const ready: ImportedEntry[] = [];
  let done = 0;
  let reported = Date.now();
  control.onProgress(0, source.total);
  for (const item of source.entries()) {
    if (isFailure(item)) report.failed.push(item);
    else if (seen.has(item.id) || exists.get(item.id)) report.skipped += 1;
    else {
      seen.add(item.id);
      ready.push({ ...item, doc: withSafeLinks(await pictures.resolve(item.doc, item.where, report.failed)) });
    }
    done += 1;
    if (done % BATCH === 0 || Date.now() - reported >= PROGRESS_MS) {
      control.onProgress(Math.min(done, source.total), source.total);
      reported = Date.now();
      await turn();
    }
    if (control.cancelled()) throw new AppError('CANCELLED', 'Import cancelled. Nothing was imported.');
  }
  control.onProgress(source.total, source.total);
  return ready;
}

export async function runImport(db: Db, source: ImportSource, control: ImportControl): Promise<ImportReport> {
  const report: ImportReport = { imported: 0, skipped: 0, failed: [] as ImportFailure[], pictures: 0 };
  const pictures = new PictureImporter(db, source, control.maxEdge);
  try {
    const ready = await readEntries(db, source, pictures, control, report);
    if (control.cancelled()) throw new AppError('CANCELLED', 'Import cancelled. Nothing was imported.');
    db.transaction(() => insertEntries(db, ready))();
    report.imported = ready.length;
    report.pictures = pictures.count;
    return report;
  } catch (error) {
    // Cancelled or failed: the pictures this import stored go again (unless an entry already uses them), so the journal is as it was.
    deleteAttachmentsIfUnused(db, pictures.added);
    throw error;
  }
}
