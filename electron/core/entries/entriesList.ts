// entries.list: newest first by the writer's date, filtered by tag, favourite, template, closing mood and date range, with keyset pages.
import type { EntrySummary } from '../../contract';
import type { Db } from '../db/openDatabase';
import { tagKey } from '../tags/tagRules';
import { summariesBySeq } from './entryRows';
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

/**
 * Keyset pagination (the sort key of the last row seen), so pages never skip or repeat and any page costs the same. The page's
 * keys come from the covering date index alone (every filter's column is in it, a tag through its own index), and the page's
 * summaries from the summary index: a row holds its document and text, so reading one per candidate made a tag + mood filter
 * cost seconds, and reading even the page's 100 rows walked their overflow pages.
 */
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
  const keys = db
    .prepare(
      `SELECT seq FROM entries INDEXED BY entries_by_date WHERE ${where.join(' AND ')} ORDER BY entry_date DESC, created_at DESC, id DESC LIMIT ?`,
    )
    .pluck()
    .all(...params, limit + 1) as number[];
  const items = summariesBySeq(db, keys.slice(0, limit));
  const last = items[items.length - 1];
  return { items, nextCursor: keys.length > limit && last ? encodeCursor(last) : null };
}
