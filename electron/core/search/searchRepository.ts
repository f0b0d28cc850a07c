// search.query: matching entries not in the Trash, by relevance (bm25) or newest first, in keyset pages, with snippets.
import type { SearchFilters, SearchHit, SearchSort } from '../../contract';
import type { Db } from '../db/openDatabase';
import { filterConditions } from '../entries/entriesList';
import { matchSql } from './matchSql';
import { parseQuery, type ParsedQuery } from '../../contract/search/queryParser';
import { decodeSearchCursor, encodeSearchCursor, type SearchCursor } from './searchCursor';
import { countMatches, fromConditions, join, keysByNewest, keysByRelevance, rankedMatches, type KeyRow } from './searchKeys';
import { probeMatch } from './prefixWords';
import { snippetOf } from './snippet';

export interface SearchRequest {
  q: string;
  filters?: SearchFilters;
  sort?: SearchSort;
  limit?: number;
  cursor?: string | null;
}

export interface SearchAnswer {
  items: SearchHit[];
  nextCursor: string | null;
  total: number;
  /** The order given: relevance falls back to newest when there is nothing to rank or too much (see RANK_LIMIT). */
  sort: SearchSort;
}

/**
 * Ranking costs a few microseconds per match; past this many (a word in most entries) the ranking would say little and take
 * too long, so such a search answers newest first and says so.
 */
export const RANK_LIMIT = 2000;

export function searchEntries(db: Db, request: SearchRequest): SearchAnswer {
  const query = parseQuery(request.q);
  const filters = filterConditions({
    ...request.filters,
    tags: [...(request.filters?.tags ?? []), ...query.tags],
    favorite: query.favorite || request.filters?.favorite,
  });
  const match = matchSql(query);
  const all = join(filters, fromConditions(match.conditions));
  const others = join(filters, fromConditions(match.conditions.filter((c) => c !== match.rank?.condition)));
  // Ranking costs per match of the word itself, before filters narrow them, so that count decides whether to rank.
  const probe = match.rank?.table === 'entries_fts' ? probeMatch(db, query.words) : null;
  const matches = match.rank ? rankedMatches(db, match.rank, query.words, probe) : 0;
  const total = countMatches(db, all, match.rank, others, matches, probe);

  const limit = request.limit ?? 20;
  const rankable = match.rank !== null && matches <= RANK_LIMIT;
  const sort: SearchSort = rankable ? (request.sort ?? 'relevance') : 'newest';
  const after = request.cursor ? decodeSearchCursor(request.cursor, sort) : null;
  const keys =
    sort === 'relevance' && match.rank
      ? keysByRelevance(db, match.rank, others, after, limit)
      : keysByNewest(db, all, match.rank, others, matches, probe, after, limit);
  const page = keys.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = keys.length > limit && last ? encodeSearchCursor(cursorAt(last, sort)) : null;
  return { items: hitsFor(db, page, query), nextCursor, total, sort };
}

function cursorAt(row: KeyRow, sort: SearchSort): SearchCursor {
  return sort === 'relevance'
    ? { sort, score: row.score ?? 0, seq: row.seq }
    : { sort, entryDate: row.entry_date, createdAt: row.created_at, id: row.id };
}

interface HitRow {
  seq: number;
  id: string;
  entry_date: string;
  title: string;
  template_id: string | null;
  text: string;
}

/** Only the page's rows are read in full, for their text. */
function hitsFor(db: Db, page: KeyRow[], query: ParsedQuery): SearchHit[] {
  const rows = db
    .prepare(`SELECT seq, id, entry_date, title, template_id, text FROM entries WHERE seq IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(page.map((key) => key.seq))) as HitRow[];
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  return page.map((key) => {
    const row = bySeq.get(key.seq)!;
    const { snippet, highlights } = snippetOf(row.text, query);
    return { id: row.id, entryDate: row.entry_date, title: row.title, templateId: row.template_id, snippet, highlights };
  });
}
