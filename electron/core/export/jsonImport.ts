// import.json: checks an Afterword JSON export whole, entry by entry, then adds its entries in short transactions, keeping ids,
// dates and documents exactly; the file is read in windows, never held whole (it may be larger than V8 allows a string to be).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ImportResult } from '../../contract/exports/schemas';
import type { Db } from '../db/openDatabase';
import { extractDocText } from '../entries/docText';
import { addInBatches, pacer, stopIfCancelled, undoImport, type ImportControl } from '../imports/importBatches';
import { ImportedTags } from '../imports/importedTags';
import { ImportLedger } from '../imports/importLedger';
import { normalizeTagList } from '../tags/tagRules';
import { KNOWN_ENTRY_COLUMNS } from './exportEntries';
import type { ExportedEntry } from './jsonFormat';
import { tableExists } from './jsonFormat';
import type { JsonBytes } from './jsonBytes';
import { checkJsonExport, notAnExport, type CheckedExport, type CheckPace } from './jsonImportCheck';
import { renameSources, storePictures } from './jsonPictures';
import { arrayElements } from './jsonScanner';

function columnsOf(db: Db, table: string): Set<string> {
  return new Set((db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as Array<{ name: string }>).map((c) => c.name));
}

const CHECK_STEPS = 1000;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

type Insert = (table: string, row: Record<string, unknown>, verb?: string) => Database.RunResult;

/**
 * Inserts rows by their own columns, each distinct statement prepared once: preparing per row cost a third of adding an entry
 * (a profile of a 10,000-entry import: 10 s of 30 s inside the transactions).
 */
function rowInserter(db: Db): Insert {
  const prepared = new Map<string, Database.Statement>();
  return (table, row, verb = 'INSERT') => {
    const names = Object.keys(row);
    const sql = `${verb} INTO ${quoteIdent(table)} (${names.map(quoteIdent).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    let statement = prepared.get(sql);
    if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
    return statement.run(...names.map((n) => row[n] as string | number | null));
  };
}

function insertRow(db: Db, table: string, row: Record<string, unknown>, verb = 'INSERT'): number {
  return rowInserter(db)(table, row, verb).changes;
}

/**
 * Adds one entry read from the file again (the first pass checked every one of them against the schema). An entry with the same
 * id already here came from this journal (or an earlier import), so importing twice adds nothing.
 */
function entryAdder(db: Db, renamed: Map<string, string>, ledger: ImportLedger): (element: unknown) => boolean {
  const entryColumns = columnsOf(db, 'entries');
  const exists = db.prepare('SELECT 1 FROM entries WHERE id = ?');
  const tags = new ImportedTags(db, ledger);
  const insert = rowInserter(db);
  return (element) => {
    const entry = element as ExportedEntry;
    if (exists.get(entry.id)) return false;
    if (renamed.size > 0) renameSources(entry.doc, renamed);
    const { text, wordCount, preview } = extractDocText(entry.doc);
    const extra = Object.fromEntries(Object.entries(entry.extra ?? {}).filter(([c]) => entryColumns.has(c) && !KNOWN_ENTRY_COLUMNS.has(c)));
    // `seq` is the rowid (INTEGER PRIMARY KEY).
    const { lastInsertRowid: seq } = insert('entries', {
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
    ledger.entry(seq);
    // The tag rules apply to imported names too (an invalid one refuses the whole file, naming the rule).
    tags.tag(seq, normalizeTagList(entry.tags));
    return true;
  };
}

/** Templates the journal lacks (by id), with the columns both sides know; built-in ones are already present and stay as they are. */
function importTemplates(db: Db, file: CheckedExport, ledger: ImportLedger): number {
  if (!file.templates?.length || !tableExists(db, 'templates')) return 0;
  const columns = columnsOf(db, 'templates');
  return file.templates.reduce((added, row) => {
    const known = Object.fromEntries(Object.entries(row).filter(([c]) => columns.has(c)));
    const inserted = insertRow(db, 'templates', known, 'INSERT OR IGNORE');
    if (inserted > 0) ledger.added('template', String(row.id));
    return added + inserted;
  }, 0);
}

/**
 * Commitments the journal lacks (by id), then the revisions and check-ins of those it just added: importing twice adds nothing,
 * and a commitment already here keeps its own record.
 */
function importCommitments(db: Db, file: CheckedExport, ledger: ImportLedger): number {
  if (!file.commitments?.length || !tableExists(db, 'commitments')) return 0;
  const fits = (table: string) => {
    const columns = columnsOf(db, table);
    return (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([c]) => columns.has(c)));
  };
  const added = new Set<string>();
  const commitment = fits('commitments');
  for (const row of file.commitments) if (insertRow(db, 'commitments', commitment(row), 'INSERT OR IGNORE') > 0) added.add(String(row.id));
  for (const id of added) ledger.added('commitment', id);
  const revision = fits('commitment_revisions');
  for (const { id: _id, ...row } of file.commitmentRevisions ?? [])
    if (added.has(String(row.commitment_id))) insertRow(db, 'commitment_revisions', revision(row));
  const checkIn = fits('check_ins');
  for (const row of file.checkIns ?? [])
    if (added.has(String(row.commitment_id))) insertRow(db, 'check_ins', checkIn(row), 'INSERT OR IGNORE');
  return added.size;
}

/** The file checked whole first (nothing is written before every entry and picture has passed), then added in short batches. */
export async function importJson(db: Db, bytes: JsonBytes, control: ImportControl): Promise<ImportResult> {
  const file = await checkJsonExport(bytes, progressOfCheck(control));
  const ledger = new ImportLedger(db);
  try {
    // Pictures are re-encoded like any picture coming in (a hand-edited file could carry EXIF), before the entries.
    const elements = file.attachments ? arrayElements(file.bytes, file.attachments) : [];
    const pictures = await storePictures(db, elements, control.maxEdge, ledger, () => stopIfCancelled(control));
    const small = db.transaction(() => ({
      templates: importTemplates(db, file, ledger),
      commitments: importCommitments(db, file, ledger),
    }))();
    const entries = arrayElements(file.bytes, file.entries);
    const imported = await addInBatches(db, entries, file.entryCount, entryAdder(db, pictures.renamed, ledger), control);
    ledger.settle();
    return { imported, skipped: file.entryCount - imported, templatesImported: small.templates, commitmentsImported: small.commitments };
  } catch (error) {
    await undoImport(db);
    const code = (error as { code?: string }).code ?? '';
    // A constraint the file breaks (e.g. a template missing a required column) is the file's fault, not the journal's.
    if (code.startsWith('SQLITE_CONSTRAINT')) throw notAnExport('a row does not fit this journal');
    throw error;
  }
}

/** The check reports in thousandths of the file, as stage `checking`. */
function progressOfCheck(control: ImportControl): CheckPace {
  const pace = pacer(control, CHECK_STEPS, 'checking');
  control.onProgress(0, CHECK_STEPS, 'checking');
  return (fraction) => pace(Math.round(fraction * CHECK_STEPS));
}
