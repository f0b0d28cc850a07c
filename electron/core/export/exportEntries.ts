// Reads the entries an export covers, oldest first (a journal reads forward in time), with their tags.
import type { Doc } from '../../contract';
import type { ExportScope } from '../../contract/exports/schemas';
import type { Db } from '../db/openDatabase';
import type { EntryColumn, EntryRow } from '../entries/entryRow';
import { AppError } from '../errors/AppError';
import { UNTOUCHED } from '../entries/entriesRepository';

/** Everything an export needs of one entry: the document and all of its metadata. */
export interface ExportEntry {
  id: string;
  entryDate: string;
  createdAt: string;
  updatedAt: string;
  title: string;
  doc: Doc;
  mood: number | null;
  templateId: string | null;
  templateVersion: number | null;
  favorite: boolean;
  version: number;
  tags: string[];
  /** Set for print only (never part of the JSON format): the template's name stands in for an untitled guided entry's title. */
  templateName?: string | null;
  /** Columns this version does not know by name (added by later migrations), kept so an export loses nothing. */
  extra: Record<string, unknown>;
}

/** `SELECT *`: every column of the table, including ones this version does not know by name. */
export type ExportRow = EntryRow & Record<string, unknown>;

/** Columns read by name above, and ones derived from the document (search text, preview, counts) that import recomputes. */
export const KNOWN_ENTRY_COLUMNS: ReadonlySet<string> = new Set<EntryColumn>([
  'seq',
  'id',
  'entry_date',
  'created_at',
  'updated_at',
  'title',
  'doc',
  'mood',
  'template_id',
  'template_version',
  'favorite',
  'version',
  'deleted_at',
  'text',
  'preview',
  'word_count',
]);

function extraColumns(row: ExportRow): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([column]) => !KNOWN_ENTRY_COLUMNS.has(column)));
}

export const EXPORT_ORDER = 'ORDER BY entry_date ASC, created_at ASC, id ASC';
/** Trashed entries and ones never written in are not part of the journal a person exports. */
const LIVE = `deleted_at IS NULL AND NOT ${UNTOUCHED}`;

/** The entries a scope covers, as a WHERE clause and its parameters (json_each keeps one statement however many ids were chosen). */
export function scopeFilter(scope: ExportScope): { where: string; params: unknown[] } {
  if ('all' in scope) return { where: LIVE, params: [] };
  if ('from' in scope) return { where: `${LIVE} AND entry_date BETWEEN ? AND ?`, params: [scope.from, scope.to] };
  return { where: `${LIVE} AND id IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(scope.entryIds)] };
}

/** An empty scope, or chosen entries that are gone, is an error the person can fix by choosing differently. */
export function checkScopeCount(scope: ExportScope, found: number): void {
  if ('entryIds' in scope && found < new Set(scope.entryIds).size) {
    throw new AppError(
      'NOT_FOUND',
      'Some of the chosen entries are empty, in the Trash or no longer exist. Choose them again, then export.',
    );
  }
  if (found === 0) {
    throw new AppError('NOT_FOUND', 'There are no entries to export in what you chose. Pick another date range or other entries.');
  }
}

function tagsBySeq(db: Db, seqs: number[]): Map<number, string[]> {
  const rows = db
    .prepare(
      `SELECT et.entry_seq AS seq, t.name AS name FROM entry_tags et JOIN tags t ON t.id = et.tag_id
       WHERE et.entry_seq IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`,
    )
    .all(JSON.stringify(seqs)) as Array<{ seq: number; name: string }>;
  const bySeq = new Map<number, string[]>();
  for (const row of rows) bySeq.set(row.seq, [...(bySeq.get(row.seq) ?? []), row.name]);
  return bySeq;
}

/** Rows as export entries, with their tags (one query for the lot). */
export function toExportEntries(db: Db, rows: ExportRow[]): ExportEntry[] {
  const tags = tagsBySeq(
    db,
    rows.map((row) => row.seq),
  );
  return rows.map((row) => ({
    id: row.id,
    entryDate: row.entry_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    title: row.title,
    doc: JSON.parse(row.doc) as Doc,
    mood: row.mood,
    templateId: row.template_id,
    templateVersion: row.template_version,
    favorite: row.favorite === 1,
    version: row.version,
    tags: tags.get(row.seq) ?? [],
    extra: extraColumns(row),
  }));
}

/** The entries in scope, all at once (Markdown and PDF); every column (*), so ones added by later migrations reach `extra`. */
export function loadExportEntries(db: Db, scope: ExportScope): ExportEntry[] {
  const { where, params } = scopeFilter(scope);
  const rows = db.prepare(`SELECT * FROM entries WHERE ${where} ${EXPORT_ORDER}`).all(...params) as ExportRow[];
  checkScopeCount(scope, rows.length);
  return toExportEntries(db, rows);
}

/** First and last day covered, for file names and the cover page. */
export function dateSpan(entries: ExportEntry[]): { first: string; last: string } {
  return { first: entries[0]!.entryDate, last: entries[entries.length - 1]!.entryDate };
}

/** For print: each entry with the name of its template, which a guided entry left untitled is shown under. */
export function withTemplateNames(db: Db, entries: ExportEntry[]): ExportEntry[] {
  const names = new Map(
    (db.prepare('SELECT id, name FROM templates').all() as Array<{ id: string; name: string }>).map((t) => [t.id, t.name]),
  );
  return entries.map((entry) => ({ ...entry, templateName: entry.templateId ? (names.get(entry.templateId) ?? null) : null }));
}
