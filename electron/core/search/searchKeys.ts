// The SQL that finds which entries a search matches, as sort keys only (never the text, which lives in overflow pages).
import type { Db } from '../db/openDatabase';
import type { Condition, MatchSql } from './matchSql';
import type { WordTerm } from '../../contract/search/queryParser';
import type { SearchCursor } from './searchCursor';

export type Rank = NonNullable<MatchSql['rank']>;

export interface Conditions {
  where: string[];
  params: unknown[];
}

export interface KeyRow {
  seq: number;
  id: string;
  entry_date: string;
  created_at: string;
  score: number | null;
}

const BM25 = { entries_fts: 'bm25(entries_fts, 2.0, 1.0)', entries_trigram: 'bm25(entries_trigram)' } as const;
const LIVE_ONLY = 'deleted_at IS NULL';

export const join = (...parts: Conditions[]): Conditions => ({
  where: parts.flatMap((p) => p.where),
  params: parts.flatMap((p) => p.params),
});
export const fromConditions = (conditions: Condition[]): Conditions => ({
  where: conditions.map((c) => c.sql),
  params: conditions.flatMap((c) => c.params),
});

/** One exact ASCII word: its folding in JS is certainly the same as unicode61's, so the vocabulary table can be asked directly. */
function singleAsciiWord(rank: Rank, words: readonly WordTerm[]): string | null {
  const [only] = words;
  if (rank.table !== 'entries_fts' || words.length !== 1 || only!.prefix || only!.tokens.length !== 1) return null;
  return /^[a-z0-9]+$/.test(only!.tokens[0]!) ? only!.tokens[0]! : null;
}

/**
 * How many entries the ranked MATCH finds, Trash included: one vocabulary lookup for a single word, else a walk of its match
 * list (through `probe`, the same matches, when there is one: a prefix's few words OR'd are walked without merging them first).
 */
export function rankedMatches(db: Db, rank: Rank, words: readonly WordTerm[], probe: string | null): number {
  const word = singleAsciiWord(rank, words);
  return word
    ? count(db, `SELECT doc AS n FROM entries_fts_vocab WHERE term = ?`, word)
    : count(db, `SELECT count(*) AS n FROM ${rank.table} WHERE ${rank.table} MATCH ?`, probe ?? rank.match);
}

const count = (db: Db, sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number | null } | undefined)?.n ?? 0;

/**
 * How many entries match. With nothing but the ranked MATCH and "not in the Trash", the ranked matches less those in the Trash
 * (each checked against `probe` when there is one; a prefix without one is listed once, not expanded again per entry);
 * otherwise each match is checked against the covering index entries_by_seq.
 */
export function countMatches(
  db: Db,
  all: Conditions,
  rank: Rank | null,
  others: Conditions,
  matches: number,
  probe: string | null,
): number {
  if (!rank) return count(db, `SELECT count(*) AS n FROM entries WHERE ${all.where.join(' AND ')}`, ...all.params);
  if (others.where.length === 1 && others.where[0] === LIVE_ONLY) {
    const inTrash = probe
      ? `EXISTS (SELECT 1 FROM ${rank.table} WHERE ${rank.table} MATCH ? AND rowid = e.seq)`
      : `seq IN (SELECT rowid FROM ${rank.table} WHERE ${rank.table} MATCH ?)`;
    return matches - count(db, `SELECT count(*) AS n FROM entries e WHERE deleted_at IS NOT NULL AND ${inTrash}`, probe ?? rank.match);
  }
  return count(
    db,
    `SELECT count(*) AS n FROM (SELECT rowid AS hit FROM ${rank.table} WHERE ${rank.table} MATCH ?) h JOIN entries INDEXED BY entries_by_seq ON seq = h.hit
     WHERE ${others.where.join(' AND ')}`,
    rank.match,
    ...others.params,
  );
}

/** Best first by bm25 (titles weigh double), ties by row; each match is joined through the covering index, not the row. */
export function keysByRelevance(db: Db, rank: Rank, others: Conditions, after: SearchCursor | null, limit: number): KeyRow[] {
  const keyset = after?.sort === 'relevance' ? ['(h.score > ? OR (h.score = ? AND h.hit > ?))'] : [];
  const keysetParams = after?.sort === 'relevance' ? [after.score, after.score, after.seq] : [];
  // h's row id is named `hit` so the unaliased conditions' `seq` can only mean the entry's.
  const sql = `WITH h AS (SELECT rowid AS hit, ${BM25[rank.table]} AS score FROM ${rank.table} WHERE ${rank.table} MATCH ?)
    SELECT seq, id, entry_date, created_at, h.score AS score FROM h JOIN entries INDEXED BY entries_by_seq ON seq = h.hit
    WHERE ${[...others.where, ...keyset].join(' AND ')}
    ORDER BY h.score, h.hit LIMIT ?`;
  return db.prepare(sql).all(rank.match, ...others.params, ...keysetParams, limit + 1) as KeyRow[];
}

/**
 * Past this many matches (a word in one entry in ten), walking the date index and probing the word index per entry finds a
 * page sooner than listing every match.
 */
export const DENSE = 5000;

/**
 * Newest first by the writer's date, walking the date index. A rare word's few matches are listed first and looked up; a
 * common word's (or prefix's, through `probe`: see prefixWords.ts) are probed entry by entry, so a page costs about a page's
 * worth of probes.
 */
export function keysByNewest(
  db: Db,
  all: Conditions,
  rank: Rank | null,
  others: Conditions,
  matches: number,
  probe: string | null,
  after: SearchCursor | null,
  limit: number,
): KeyRow[] {
  const keyset = after?.sort === 'newest' ? ['(entry_date, created_at, id) < (?, ?, ?)'] : [];
  const keysetParams = after?.sort === 'newest' ? [after.entryDate, after.createdAt, after.id] : [];
  const dense = rank !== null && probe !== null && matches > DENSE;
  const where = dense ? [...others.where, `EXISTS (SELECT 1 FROM ${rank.table} WHERE ${rank.table} MATCH ? AND rowid = seq)`] : all.where;
  const params = dense ? [...others.params, probe] : all.params;
  const sql = `SELECT seq, id, entry_date, created_at, NULL AS score FROM entries WHERE ${[...where, ...keyset].join(' AND ')}
    ORDER BY entry_date DESC, created_at DESC, id DESC LIMIT ?`;
  return db.prepare(sql).all(...params, ...keysetParams, limit + 1) as KeyRow[];
}
