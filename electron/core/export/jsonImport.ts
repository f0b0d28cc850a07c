// import.json: checks an Afterword JSON export whole, entry by entry, then adds its entries in one transaction, keeping ids,
// dates and documents exactly; the file is never one string (it may be larger than V8 allows one to be).
import type { ImportResult } from '../../contract/exports/schemas';
import { deleteAttachmentsIfUnused } from '../attachments/deleteUnusedAttachments';
import type { Db } from '../db/openDatabase';
import { extractDocText } from '../entries/docText';
import { TagsRepository } from '../tags/tagsRepository';
import { KNOWN_ENTRY_COLUMNS } from './exportEntries';
import type { ExportedEntry } from './jsonFormat';
import { tableExists } from './jsonFormat';
import { checkJsonExport, notAnExport, type CheckedExport } from './jsonImportCheck';
import { renameSources, storePictures } from './jsonPictures';
import { arrayElements } from './jsonScanner';

function columnsOf(db: Db, table: string): Set<string> {
  return new Set((db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((c) => c.name));
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

function insertRow(db: Db, table: string, row: Record<string, unknown>, verb = 'INSERT'): number {
  const names = Object.keys(row);
  const sql = `${verb} INTO ${quoteIdent(table)} (${names.map(quoteIdent).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
  return db.prepare(sql).run(...names.map((n) => row[n] as string | number | null)).changes;
}

/** Entries are read from the file again one at a time (the first pass checked every one of them against the schema). */
function importEntries(db: Db, file: CheckedExport, renamed: Map<string, string>): { imported: number; skipped: number } {
  const entryColumns = columnsOf(db, 'entries');
  const exists = db.prepare('SELECT 1 FROM entries WHERE id = ?');
  const tags = new TagsRepository(db);
  let imported = 0;
  for (const element of arrayElements(file.bytes, file.entries)) {
    const entry = element as ExportedEntry;
    // Same id already here: the entry came from this journal (or an earlier import), so importing twice adds nothing.
    if (exists.get(entry.id)) continue;
    if (renamed.size > 0) renameSources(entry.doc, renamed);
    const { text, wordCount, preview } = extractDocText(entry.doc);
    const extra = Object.fromEntries(Object.entries(entry.extra ?? {}).filter(([c]) => entryColumns.has(c) && !KNOWN_ENTRY_COLUMNS.has(c)));
    insertRow(db, 'entries', {
      id: entry.id,
      entry_date: entry.entryDate,
      created_at: entry.createdAt,
      updated_at: entry.updatedAt,
      title: entry.title,
      doc: JSON.stringify(entry.doc),
      text,
      preview,
      word_count: wordCount,
      mood: entry.mood,
      template_id: entry.templateId,
      template_version: entry.templateVersion,
      favorite: entry.favorite ? 1 : 0,
      version: entry.version,
      ...extra,
    });
    const { seq } = db.prepare('SELECT seq FROM entries WHERE id = ?').get(entry.id) as { seq: number };
    // The tag rules apply to imported names too (an invalid one refuses the whole file, naming the rule).
    tags.setForEntry(seq, entry.tags);
    imported += 1;
  }
  return { imported, skipped: file.entryCount - imported };
}

/** Templates the journal lacks (by id), with the columns both sides know; built-in ones are already present and stay as they are. */
function importTemplates(db: Db, file: CheckedExport): number {
  if (!file.templates?.length || !tableExists(db, 'templates')) return 0;
  const columns = columnsOf(db, 'templates');
  return file.templates.reduce((added, row) => {
    const known = Object.fromEntries(Object.entries(row).filter(([c]) => columns.has(c)));
    return added + insertRow(db, 'templates', known, 'INSERT OR IGNORE');
  }, 0);
}

/**
 * Commitments the journal lacks (by id), then the revisions and check-ins of those it just added: importing twice adds nothing,
 * and a commitment already here keeps its own record.
 */
function importCommitments(db: Db, file: CheckedExport): number {
  if (!file.commitments?.length || !tableExists(db, 'commitments')) return 0;
  const fits = (table: string) => {
    const columns = columnsOf(db, table);
    return (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([c]) => columns.has(c)));
  };
  const added = new Set<string>();
  const commitment = fits('commitments');
  for (const row of file.commitments) if (insertRow(db, 'commitments', commitment(row), 'INSERT OR IGNORE') > 0) added.add(String(row.id));
  const revision = fits('commitment_revisions');
  for (const { id: _id, ...row } of file.commitmentRevisions ?? [])
    if (added.has(String(row.commitment_id))) insertRow(db, 'commitment_revisions', revision(row));
  const checkIn = fits('check_ins');
  for (const row of file.checkIns ?? [])
    if (added.has(String(row.commitment_id))) insertRow(db, 'check_ins', checkIn(row), 'INSERT OR IGNORE');
  return added.size;
}

export async function importJson(db: Db, bytes: Uint8Array, maxEdge: number): Promise<ImportResult> {
  const file = checkJsonExport(bytes);
  // Pictures are re-encoded like any picture coming in (a hand-edited file could carry EXIF), before the one transaction.
  const pictures = await storePictures(db, file.attachments ? arrayElements(file.bytes, file.attachments) : [], maxEdge);
  try {
    return db.transaction(() => {
      const templatesImported = importTemplates(db, file);
      const entries = importEntries(db, file, pictures.renamed);
      return { ...entries, templatesImported, commitmentsImported: importCommitments(db, file) };
    })();
  } catch (error) {
    deleteAttachmentsIfUnused(db, pictures.added);
    const code = (error as { code?: string }).code ?? '';
    // A constraint the file breaks (e.g. a template missing a required column) is the file's fault, not the journal's.
    if (code.startsWith('SQLITE_CONSTRAINT')) throw notAnExport('a row does not fit this journal');
    throw error;
  }
}
