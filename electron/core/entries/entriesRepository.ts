// SQL for entries: rows in, Entry objects out. Each write is one transaction; FTS is kept by triggers.
import { assertOnlyAttachmentPictures } from '../attachments/documentPictures';
import { randomUUID } from 'node:crypto';
import type { Doc, Entry, EntrySummary } from '../../contract';
import { emptyDoc } from '../../contract';
import { AppError } from '../errors/AppError';
import type { Db } from '../db/openDatabase';
import { extractDocText, previewOf } from './docText';
import type { EntryRow } from './entryRow';
import { decodeCursor, encodeCursor } from './listCursor';

/** The columns an Entry is read from (the list and summaries leave out the document). */
type EntryRecord = Omit<EntryRow, 'seq' | 'text'>;

const SUMMARY_COLUMNS = `id, entry_date, created_at, updated_at, title, preview, word_count, mood, mood_before, template_id, template_version, favorite, deleted_at, version`;

function toSummary(row: Omit<EntryRecord, 'doc'>): EntrySummary {
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
    favorite: row.favorite === 1,
    deletedAt: row.deleted_at,
    version: row.version,
  };
}

function toEntry(row: EntryRecord): Entry {
  return { ...toSummary(row), doc: JSON.parse(row.doc) as Doc };
}

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
}

export class EntriesRepository {
  constructor(private readonly db: Db) {}

  create(input: NewEntry, now = new Date()): Entry {
    const doc = input.doc ?? emptyDoc();
    assertOnlyAttachmentPictures(doc);
    const { text, wordCount } = extractDocText(doc);
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
        previewOf(text),
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
    if (!row || (row.deleted_at && !options.includeTrashed)) throw new AppError('NOT_FOUND', 'That entry no longer exists. It may have been deleted.');
    return toEntry(row);
  }

  update(id: string, changes: EntryChanges, baseVersion?: number, now = new Date()): Entry {
    return this.db.transaction(() => {
      const current = this.get(id);
      if (baseVersion !== undefined && baseVersion !== current.version) {
        throw new AppError('CONFLICT', undefined, { currentVersion: current.version });
      }
      const doc = changes.doc ?? current.doc;
      if (changes.doc) assertOnlyAttachmentPictures(changes.doc);
      const { text, wordCount } = extractDocText(doc);
      this.db
        .prepare(
          `UPDATE entries SET title = ?, doc = ?, text = ?, preview = ?, word_count = ?, entry_date = ?, mood = ?, mood_before = ?, favorite = ?,
             updated_at = ?, version = version + 1 WHERE id = ?`,
        )
        .run(
          changes.title ?? current.title,
          JSON.stringify(doc),
          text,
          previewOf(text),
          wordCount,
          changes.entryDate ?? current.entryDate,
          changes.mood === undefined ? current.mood : changes.mood,
          changes.moodBefore === undefined ? current.moodBefore : changes.moodBefore,
          (changes.favorite ?? current.favorite) ? 1 : 0,
          now.toISOString(),
          id,
        );
      return this.get(id);
    })();
  }

  /** Newest first by the writer's date, then by creation; keyset pagination so pages never skip or repeat. */
  list(cursor: string | undefined, limit: number): { items: EntrySummary[]; nextCursor: string | null } {
    const after = cursor ? decodeCursor(cursor) : null;
    const rows = (
      after
        ? this.db
            .prepare(
              `SELECT ${SUMMARY_COLUMNS} FROM entries WHERE deleted_at IS NULL AND (entry_date, created_at, id) < (?, ?, ?)
               ORDER BY entry_date DESC, created_at DESC, id DESC LIMIT ?`,
            )
            .all(after.entryDate, after.createdAt, after.id, limit + 1)
        : this.db
            .prepare(`SELECT ${SUMMARY_COLUMNS} FROM entries WHERE deleted_at IS NULL ORDER BY entry_date DESC, created_at DESC, id DESC LIMIT ?`)
            .all(limit + 1)
    ) as Array<Omit<EntryRecord, 'doc'>>;
    const items = rows.slice(0, limit).map(toSummary);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  listTrash(): EntrySummary[] {
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM entries WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC`)
      .all() as Array<Omit<EntryRecord, 'doc'>>;
    return rows.map(toSummary);
  }

  trash(id: string, now = new Date()): void {
    const result = this.db.prepare(`UPDATE entries SET deleted_at = ?, version = version + 1 WHERE id = ? AND deleted_at IS NULL`).run(now.toISOString(), id);
    if (result.changes === 0) throw new AppError('NOT_FOUND', 'That entry is not in your journal. It may already be in the Trash.');
  }

  restore(id: string): Entry {
    const result = this.db.prepare(`UPDATE entries SET deleted_at = NULL, version = version + 1 WHERE id = ? AND deleted_at IS NOT NULL`).run(id);
    if (result.changes === 0) throw new AppError('NOT_FOUND', 'That entry is not in the Trash.');
    return this.get(id);
  }
}
