// SQL for entries: rows in, Entry objects out. Each write is one transaction; FTS is kept by triggers.
import { assertOnlyAttachmentPictures } from '../attachments/documentPictures';
import { randomUUID } from 'node:crypto';
import type { Doc, Entry, EntrySummary } from '../../contract';
import { emptyDoc } from '../../contract';
import { AppError } from '../errors/AppError';
import type { Db } from '../db/openDatabase';
import { TagsRepository } from '../tags/tagsRepository';
import { extractDocText } from './docText';
import { listEntries, type ListFilters } from './entriesList';
import { SUMMARY_COLUMNS, toEntry, toSummaries, type EntryRecord, type SummaryRow } from './entryRows';

/** An entry nobody wrote in: no words of the writer's own (prompts do not count), no title, no mood. Never kept, never exported. */
export const UNTOUCHED = `(title = '' AND text = '' AND mood IS NULL AND mood_before IS NULL)`;

export interface NewEntry {
  entryDate: string;
  title?: string;
  doc?: Doc;
  mood?: number | null;
  moodBefore?: number | null;
  templateId?: string | null;
  templateVersion?: number | null;
}

export interface EntryChanges {
  title?: string;
  doc?: Doc;
  entryDate?: string;
  mood?: number | null;
  moodBefore?: number | null;
  favorite?: boolean;
  tags?: string[];
}

/** Changes to the writing itself bump the version; a star or tags do not, so they never make the open editor's next save a CONFLICT. */
const WRITING_FIELDS = ['title', 'doc', 'entryDate', 'mood', 'moodBefore'] as const;

export class EntriesRepository {
  constructor(private readonly db: Db) {}

  create(input: NewEntry, now = new Date()): Entry {
    const doc = input.doc ?? emptyDoc();
    assertOnlyAttachmentPictures(doc);
    const { text, wordCount, preview } = extractDocText(doc);
    const stamp = now.toISOString();
    const id = randomUUID();
    this.db
      .prepare(
        `INSERT INTO entries (id, entry_date, created_at, updated_at, title, doc, text, preview, word_count, mood, mood_before, template_id, template_version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.entryDate,
        stamp,
        stamp,
        input.title ?? '',
        JSON.stringify(doc),
        text,
        preview,
        wordCount,
        input.mood ?? null,
        input.moodBefore ?? null,
        input.templateId ?? null,
        input.templateVersion ?? null,
      );
    return this.get(id, { includeTrashed: true });
  }

  get(id: string, options: { includeTrashed?: boolean } = {}): Entry {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS}, doc FROM entries WHERE id = ?`).get(id) as EntryRecord | undefined;
    if (!row || (row.deleted_at && !options.includeTrashed))
      throw new AppError('NOT_FOUND', 'That entry no longer exists. It may have been deleted.');
    return toEntry(this.db, row);
  }

  update(id: string, changes: EntryChanges, baseVersion?: number, now = new Date()): Entry {
    return this.db.transaction(() => {
      const current = this.get(id);
      if (baseVersion !== undefined && baseVersion !== current.version) {
        throw new AppError('CONFLICT', undefined, { currentVersion: current.version });
      }
      if (changes.doc) assertOnlyAttachmentPictures(changes.doc);
      if (WRITING_FIELDS.some((field) => changes[field] !== undefined)) this.updateWriting(id, changes, now);
      if (changes.favorite !== undefined) this.db.prepare('UPDATE entries SET favorite = ? WHERE id = ?').run(changes.favorite ? 1 : 0, id);
      if (changes.tags !== undefined) new TagsRepository(this.db).setForEntry(this.seqOf(id), changes.tags);
      return this.get(id);
    })();
  }

  /**
   * Sets only the columns this save changes: SQLite rewrites an index, and runs an UPDATE OF trigger, for every column named
   * in SET, even when its value is the same. A save of the text alone left the date and mood indexes as they were but paid
   * for rewriting them: 13.2 pages written per save, 10.2 now (docs/BENCHMARKS.md).
   */
  private updateWriting(id: string, changes: EntryChanges, now: Date): void {
    const columns: string[] = [];
    const values: unknown[] = [];
    const set = (column: string, value: unknown) => {
      columns.push(`${column} = ?`);
      values.push(value);
    };
    if (changes.title !== undefined) set('title', changes.title);
    if (changes.doc !== undefined) {
      const { text, wordCount, preview } = extractDocText(changes.doc);
      set('doc', JSON.stringify(changes.doc));
      set('text', text);
      set('preview', preview);
      set('word_count', wordCount);
    }
    if (changes.entryDate !== undefined) set('entry_date', changes.entryDate);
    if (changes.mood !== undefined) set('mood', changes.mood);
    if (changes.moodBefore !== undefined) set('mood_before', changes.moodBefore);
    this.db
      .prepare(`UPDATE entries SET ${columns.join(', ')}, updated_at = ?, version = version + 1 WHERE id = ?`)
      .run(...values, now.toISOString(), id);
  }

  private seqOf(id: string): number {
    return (this.db.prepare('SELECT seq FROM entries WHERE id = ?').get(id) as { seq: number }).seq;
  }

  list(filters: ListFilters, cursor: string | undefined, limit: number): { items: EntrySummary[]; nextCursor: string | null } {
    return listEntries(this.db, filters, cursor, limit);
  }

  listTrash(): EntrySummary[] {
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM entries WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC`)
      .all() as SummaryRow[];
    return toSummaries(this.db, rows);
  }

  trash(id: string, now = new Date()): void {
    const result = this.db
      .prepare(`UPDATE entries SET deleted_at = ?, version = version + 1 WHERE id = ? AND deleted_at IS NULL`)
      .run(now.toISOString(), id);
    if (result.changes === 0) throw new AppError('NOT_FOUND', 'That entry is not in your journal. It may already be in the Trash.');
  }

  restore(id: string): Entry {
    const result = this.db
      .prepare(`UPDATE entries SET deleted_at = NULL, version = version + 1 WHERE id = ? AND deleted_at IS NOT NULL`)
      .run(id);
    if (result.changes === 0) throw new AppError('NOT_FOUND', 'That entry is not in the Trash.');
    return this.get(id);
  }

  /**
   * Gone for good, only when the writer asks and only from the Trash. Search rows go with the row (the FTS delete trigger),
   * tags and anything else tied to it by ON DELETE CASCADE; secure_delete zeroes the freed pages.
   */
  deleteForever(id: string): void {
    const row = this.db.prepare(`SELECT deleted_at FROM entries WHERE id = ?`).get(id) as { deleted_at: string | null } | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'That entry no longer exists. It may already have been deleted.');
    if (!row.deleted_at)
      throw new AppError('INVALID_INPUT', 'Only an entry in the Trash can be deleted forever. Move it to the Trash first.');
    this.db.prepare(`DELETE FROM entries WHERE id = ? AND deleted_at IS NOT NULL`).run(id);
  }

  /** Deletes every entry in the Trash for good; answers how many. */
  emptyTrash(): number {
    return this.db.prepare(`DELETE FROM entries WHERE deleted_at IS NOT NULL`).run().changes;
  }

  /** Removes the entry only when it is untouched (see UNTOUCHED): leaving an empty page never leaves a row behind. */
  discardUntouched(id: string): boolean {
    return this.db.prepare(`DELETE FROM entries WHERE id = ? AND ${UNTOUCHED}`).run(id).changes > 0;
  }
}
