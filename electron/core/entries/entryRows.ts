// Rows of the entries table and their contract shapes (summaries carry the entry's tags, read in one batch).
import type { Doc, Entry, EntrySummary } from '../../contract';
import { promptAnswers } from '../../contract/editor/promptAnswers';
import type { Db } from '../db/openDatabase';
import { TagsRepository } from '../tags/tagsRepository';
import type { EntryRow } from './entryRow';

/**
 * The columns a summary is read from (the list leaves out the document and its plain text), and a guided entry's document, which
 * its progress is counted from. Reading it costs no extra pages: the columns after `doc` already walk its overflow pages.
 */
export type SummaryRow = Omit<EntryRow, 'doc' | 'text'> & { guide_doc: string | null };

/** The columns an Entry is read from. */
export type EntryRecord = SummaryRow & Pick<EntryRow, 'doc'>;

const LIST_COLUMNS = `seq, id, entry_date, created_at, updated_at, title, preview, word_count, mood, mood_before, template_id, template_version, favorite, deleted_at, version`;

export const SUMMARY_COLUMNS = `${LIST_COLUMNS}, CASE WHEN template_id IS NULL THEN NULL ELSE doc END AS guide_doc`;

const progressOf = (guideDoc: string | null) => {
  const answers = guideDoc === null ? null : promptAnswers(JSON.parse(guideDoc) as Doc);
  return answers && { prompts: answers.prompts, answered: answers.answered };
};

function toSummary(row: SummaryRow, tags: string[]): EntrySummary {
  return {
    id: row.id,
    entryDate: row.entry_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    title: row.title,
    preview: row.preview,
    wordCount: row.word_count,
    mood: row.mood,
    moodBefore: row.mood_before,
    templateId: row.template_id,
    templateVersion: row.template_version,
    progress: progressOf(row.guide_doc),
    favorite: row.favorite === 1,
    tags,
    deletedAt: row.deleted_at,
    version: row.version,
  };
}

/**
 * The summaries of these entries, in the order given, read from the `entries_summary` index (migration 0010) rather than the
 * rows: only guided entries then read their document, for the progress of their prompts.
 */
export function summariesBySeq(db: Db, seqs: readonly number[]): EntrySummary[] {
  const rows = db
    .prepare(
      `SELECT ${LIST_COLUMNS}, NULL AS guide_doc FROM entries INDEXED BY entries_summary WHERE seq IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(seqs)) as SummaryRow[];
  const guided = rows.filter((row) => row.template_id !== null).map((row) => row.seq);
  if (guided.length > 0) {
    const docs = db.prepare('SELECT seq, doc FROM entries WHERE seq IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(guided));
    const bySeq = new Map(docs as [number, string][]);
    for (const row of rows) if (row.template_id !== null) row.guide_doc = bySeq.get(row.seq) ?? null;
  }
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  return toSummaries(
    db,
    seqs.map((seq) => bySeq.get(seq)!),
  );
}

export function toSummaries(db: Db, rows: readonly SummaryRow[]): EntrySummary[] {
  const tags = new TagsRepository(db).namesBySeq(rows.map((row) => row.seq));
  return rows.map((row) => toSummary(row, tags.get(row.seq) ?? []));
}

export function toEntry(db: Db, row: EntryRecord): Entry {
  return { ...toSummaries(db, [row])[0]!, doc: JSON.parse(row.doc) as Doc };
}
