// search.query: matching entries not in the Trash, by relevance (bm25, title weighted double) or newest first, in keyset pages.
import type { SearchFilters, SearchHit, SearchSort } from '../../contract';
import type { Db } from '../db/openDatabase';
import { filterConditions } from '../entries/entriesList';
import { matchSql, type Condition, type MatchSql } from './matchSql';
import { parseQuery } from './queryParser';
import { decodeSearchCursor, encodeSearchCursor, type SearchCursor } from './searchCursor';
import { snippetOf } from './snippet';

type Rank = NonNullable<MatchSql['rank']>;

export interface SearchRequest {
  q: string;
  filters?: SearchFilters;
  sort?: SearchSort;
  limit?: number;
  cursor?: string | null;
}

interface HitRow {
  seq: number;
  id: string;
  entry_date: string;
  created_at: string;
  title: string;
  template_id: string | null;
  text: string;
  score: number | null;
}

const BM25 = { entries_fts: 'bm25(entries_fts, 2.0, 1.0)', entries_trigram: 'bm25(entries_trigram)' } as const;

export function searchEntries(db: Db, request: SearchRequest): { items: SearchHit[]; nextCursor: string | null; total: number } {
  const query = parseQuery(request.q);
  const filters = filterConditions({ ...request.filters, tags: [...(request.filters?.tags ?? []), ...query.tags], favorite: query.favorite || request.filters?.favorite });
  const match = matchSql(query);
  const where = [...filters.where, ...match.conditions.map((c) => c.sql)];
  const params = [...filters.params, ...match.conditions.flatMap((c) => c.params)];
  const total = (db.prepare(`SELECT count(*) AS n FROM entries WHERE ${where.join(' AND ')}`).get(...params) as { n: number }).n;

  const limit = request.limit ?? 20;
  const sort: SearchSort = match.rank ? (request.sort ?? 'relevance') : 'newest';
  const after = request.cursor ? decodeSearchCursor(request.cursor, sort) : null;
  const rows =
    sort === 'relevance' && match.rank
      ? byRelevance(db, match.rank, withoutRank(filters, match.conditions, match.rank.condition), after, limit)
      : byNewest(db, where, params, after, limit);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? encodeSearchCursor(cursorAt(last, sort)) : null;
  return { items: page.map((row) => hitOf(row, query)), nextCursor, total };
}

function cursorAt(row: HitRow, sort: SearchSort): SearchCursor {
  return sort === 'relevance'
    ? { sort, score: row.score ?? 0, seq: row.seq }
    : { sort, entryDate: row.entry_date, createdAt: row.created_at, id: row.id };
}

const COLUMNS = 'e.seq, e.id, e.entry_date, e.created_at, e.title, e.template_id, e.text';

/** The other conditions, for the ranked query: the ranking CTE already applies its own MATCH (running it twice would double the cost). */
function withoutRank(filters: { where: string[]; params: unknown[] }, conditions: Condition[], rankCondition: Condition) {
  const rest = conditions.filter((c) => c !== rankCondition);
  return { where: [...filters.where, ...rest.map((c) => c.sql)], params: [...filters.params, ...rest.flatMap((c) => c.params)] };
}

function byRelevance(db: Db, rank: Rank, others: { where: string[]; params: unknown[] }, after: SearchCursor | null, limit: number) {
  const keyset = after?.sort === 'relevance' ? ['(h.score > ? OR (h.score = ? AND h.hit > ?))'] : [];
  const keysetParams = after?.sort === 'relevance' ? [after.score, after.score, after.seq] : [];
  // h's row id is named `hit` so the unaliased filter conditions' `seq` can only mean the entry's.
  const sql = `WITH h AS (SELECT rowid AS hit, ${BM25[rank.table]} AS score FROM ${rank.table} WHERE ${rank.table} MATCH ?)
    SELECT ${COLUMNS}, h.score AS score FROM h JOIN entries e ON e.seq = h.hit
    WHERE ${[...others.where, ...keyset].join(' AND ')}
    ORDER BY h.score, h.hit LIMIT ?`;
  return db.prepare(sql).all(rank.match, ...others.params, ...keysetParams, limit + 1) as HitRow[];
}

function byNewest(db: Db, where: string[], params: unknown[], after: SearchCursor | null, limit: number) {
  const keyset = after?.sort === 'newest' ? ['(entry_date, created_at, id) < (?, ?, ?)'] : [];
  const keysetParams = after?.sort === 'newest' ? [after.entryDate, after.createdAt, after.id] : [];
  const sql = `SELECT ${COLUMNS}, NULL AS score FROM entries e WHERE ${[...where, ...keyset].join(' AND ')}
    ORDER BY e.entry_date DESC, e.created_at DESC, e.id DESC LIMIT ?`;
  return db.prepare(sql).all(...params, ...keysetParams, limit + 1) as HitRow[];
}

function hitOf(row: HitRow, query: ReturnType<typeof parseQuery>): SearchHit {
  const { snippet, highlights } = snippetOf(row.text, query);
  return { id: row.id, entryDate: row.entry_date, title: row.title, templateId: row.template_id, snippet, highlights };
}
