// The SQL that finds which entries a search matches, as sort keys only (never the text, which lives in overflow pages).
import type { Db } from '../db/openDatabase';
import type { Condition, MatchSql } from './matchSql';
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

export const join = (...parts: Conditions[]): Conditions => ({ where: parts.flatMap((p) => p.where), params: parts.flatMap((p) => p.params) });
export const fromConditions = (conditions: Condition[]): Conditions => ({ where: conditions.map((c) => c.sql), params: conditions.flatMap((c) => c.params) });

/**
 * How many entries match. With nothing but the ranked MATCH and "not in the Trash", the index counts its matches (a walk of
 * one list) less those in the Trash; otherwise each match is checked against the covering index entries_by_seq.
 */
export function countMatches(db: Db, all: Conditions, rank: Rank | null, others: Conditions): number {
  const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;
  if (!rank) return count(`SELECT count(*) AS n FROM entries WHERE ${all.where.join(' AND ')}`, ...all.params);
  if (others.where.length === 1 && others.where[0] === LIVE_ONLY) {
    return (
      count(`SELECT count(*) AS n FROM ${rank.table} WHERE ${rank.table} MATCH ?`, rank.match) -
      count(`SELECT count(*) AS n FROM entries e WHERE deleted_at IS NOT NULL AND EXISTS (SELECT 1 FROM ${rank.table} WHERE ${rank.table} MATCH ? AND rowid = e.seq)`, rank.match)
    );
  }
  return count(
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

/** Newest first by the writer's date, walking the date index. */
export function keysByNewest(db: Db, all: Conditions, after: SearchCursor | null, limit: number): KeyRow[] {
  const keyset = after?.sort === 'newest' ? ['(entry_date, created_at, id) < (?, ?, ?)'] : [];
  const keysetParams = after?.sort === 'newest' ? [after.entryDate, after.createdAt, after.id] : [];
  const sql = `SELECT seq, id, entry_date, created_at, NULL AS score FROM entries WHERE ${[...all.where, ...keyset].join(' AND ')}
    ORDER BY entry_date DESC, created_at DESC, id DESC LIMIT ?`;
  return db.prepare(sql).all(...all.params, ...keysetParams, limit + 1) as KeyRow[];
}
