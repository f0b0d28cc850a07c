// entries.list: newest first by the writer's date, filtered by tag, favourite, template, closing mood and date range, with keyset pages.
import type { EntrySummary } from '../../contract';
import type { Db } from '../db/openDatabase';
import { tagKey } from '../tags/tagRules';
import { SUMMARY_COLUMNS, toSummaries, type SummaryRow } from './entryRows';
import { decodeCursor, encodeCursor } from './listCursor';

export interface ListFilters {
  tag?: string;
  favorite?: boolean;
  templateId?: string;
  from?: string;
  to?: string;
  mood?: number[];
}

/** SQL conditions (on `entries` unaliased) and their parameters for the filters both entries.list and search.query take. */
export function filterConditions(filters: ListFilters & { tags?: string[] }): { where: string[]; params: unknown[] } {
  const where: string[] = ['deleted_at IS NULL'];
  const params: unknown[] = [];
  const add = (condition: string, ...values: unknown[]) => {
    where.push(condition);
    params.push(...values);
  };
  for (const tag of [...(filters.tag === undefined ? [] : [filters.tag]), ...(filters.tags ?? [])]) {
    add('seq IN (SELECT et.entry_seq FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE t.key = ?)', tagKey(tag));
  }
  if (filters.favorite !== undefined) add('favorite = ?', filters.favorite ? 1 : 0);
  if (filters.templateId !== undefined) add('template_id = ?', filters.templateId);
  if (filters.mood?.length) add(`mood IN (${filters.mood.map(() => '?').join(', ')})`, ...filters.mood);
  if (filters.from !== undefined) add('entry_date >= ?', filters.from);
  if (filters.to !== undefined) add('entry_date <= ?', filters.to);
  return { where, params };
}

/** Keyset pagination (the sort key of the last row seen), so pages never skip or repeat and any page costs the same. */
export function listEntries(
  db: Db,
  filters: ListFilters,
  cursor: string | undefined,
  limit: number,
): { items: EntrySummary[]; nextCursor: string | null } {
  const { where, params } = filterConditions(filters);
  if (cursor) {
    const after = decodeCursor(cursor);
    where.push('(entry_date, created_at, id) < (?, ?, ?)');
    params.push(after.entryDate, after.createdAt, after.id);
  }
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM entries WHERE ${where.join(' AND ')} ORDER BY entry_date DESC, created_at DESC, id DESC LIMIT ?`,
    )
    .all(...params, limit + 1) as SummaryRow[];
  const items = toSummaries(db, rows.slice(0, limit));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
