// import.json: validates an Afterword JSON export and adds its entries in one transaction, keeping ids, dates and documents exactly.
import { docSchema } from '../../contract';
import type { ImportResult } from '../../contract/exports/schemas';
import type { Db } from '../db/openDatabase';
import { extractDocText } from '../entries/docText';
import { AppError } from '../errors/AppError';
import { TagsRepository } from '../tags/tagsRepository';
import { KNOWN_ENTRY_COLUMNS } from './exportEntries';
import { preparePictures, storePictures } from './jsonPictures';
import { jsonExportSchema, tableExists } from './jsonFormat';

type ParsedFile = ReturnType<typeof jsonExportSchema.parse>;
type RawEntry = Record<string, unknown> & { doc: unknown };

const notAnExport = (reason: string) =>
  new AppError('INVALID_INPUT', `This file is not an Afterword JSON export that can be imported (${reason}). Nothing was imported.`, {
    reason,
  });

function readJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw notAnExport('it is not UTF-8 text');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw notAnExport('it is not valid JSON');
  }
}

/** The validated file, plus the documents exactly as written in it (zod's copy would drop keys the schema does not name). */
export function parseJsonExport(bytes: Uint8Array): { file: ParsedFile; rawDocs: unknown[] } {
  const raw = readJson(bytes);
  const parsed = jsonExportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.map(String).join('.') : 'the file';
    throw notAnExport(`${where}: ${issue.message}`);
  }
  return { file: parsed.data, rawDocs: ((raw as { entries: RawEntry[] }).entries ?? []).map((entry) => entry.doc) };
}

function columnsOf(db: Db, table: string): Set<string> {
  return new Set((db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((c) => c.name));
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

function insertRow(db: Db, table: string, row: Record<string, unknown>, verb = 'INSERT'): number {
  const names = Object.keys(row);
  const sql = `${verb} INTO ${quoteIdent(table)} (${names.map(quoteIdent).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
  return db.prepare(sql).run(...names.map((n) => row[n] as string | number | null)).changes;
}

export function linkTags(db: Db, entrySeq: number, tags: string[]): void {
  for (const name of tags) {
    db.prepare('INSERT OR IGNORE INTO tags (name) VALUES (?)').run(name);
    const tag = db.prepare('SELECT id FROM tags WHERE name = ?').get(name) as { id: number };
    db.prepare('INSERT OR IGNORE INTO entry_tags (entry_seq, tag_id) VALUES (?, ?)').run(entrySeq, tag.id);
  }
}

function importEntries(db: Db, file: ParsedFile, rawDocs: unknown[]): { imported: number; skipped: number } {
  const entryColumns = columnsOf(db, 'entries');
  const exists = db.prepare('SELECT 1 FROM entries WHERE id = ?');
  let imported = 0;
  file.entries.forEach((entry, index) => {
    // Same id already here: the entry came from this journal (or an earlier import), so importing twice adds nothing.
    if (exists.get(entry.id)) return;
    const doc = JSON.stringify(rawDocs[index]);
    const { text, wordCount, preview } = extractDocText(entry.doc);
    const extra = Object.fromEntries(Object.entries(entry.extra).filter(([c]) => entryColumns.has(c) && !KNOWN_ENTRY_COLUMNS.has(c)));
    insertRow(db, 'entries', {
      id: entry.id,
      entry_date: entry.entryDate,
      created_at: entry.createdAt,
      updated_at: entry.updatedAt,
      title: entry.title,
      doc,
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
    new TagsRepository(db).setForEntry(seq, entry.tags);
    imported += 1;
  });
  return { imported, skipped: file.entries.length - imported };
}

/** A template's document travels as a JSON string column: it is held to the same schema as an entry's before it is stored. */
function checkTemplateDocs(file: ParsedFile): void {
  file.templates?.forEach((row, index) => {
    let doc: unknown;
    try {
      doc = JSON.parse(String(row.doc));
    } catch {
      throw notAnExport(`templates[${index}].doc: not a document`);
    }
    const parsed = docSchema.safeParse(doc);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw notAnExport(`templates[${index}].doc.${issue.path.map(String).join('.')}: ${issue.message}`);
    }
  });
}

/** Templates the journal lacks (by id), with the columns both sides know; built-in ones are already present and stay as they are. */
function importTemplates(db: Db, file: ParsedFile): number {
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
function importCommitments(db: Db, file: ParsedFile): number {
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
  const { file, rawDocs } = parseJsonExport(bytes);
  checkTemplateDocs(file);
  // Pictures are re-encoded like any picture coming in (a hand-edited file could carry EXIF), before the one transaction.
  const pictures = await preparePictures(file.attachments ?? [], maxEdge);
  try {
    return db.transaction(() => {
      storePictures(db, pictures, rawDocs);
      const templatesImported = importTemplates(db, file);
      const entries = importEntries(db, file, rawDocs);
      return { ...entries, templatesImported, commitmentsImported: importCommitments(db, file) };
    })();
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    // A constraint the file breaks (e.g. a template missing a required column) is the file's fault, not the journal's.
    if (code.startsWith('SQLITE_CONSTRAINT')) throw notAnExport('a row does not fit this journal');
    throw error;
  }
}
