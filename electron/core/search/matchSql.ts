// A parsed query as SQL: FTS5 MATCH strings built only from quoted tokens (so no typed text is ever FTS5 syntax) and substring tests.
import type { ParsedQuery, WordTerm } from '../../contract/search/queryParser';

/** One term as an FTS5 phrase: each token inside double quotes (quotes doubled), `*` after for a prefix. */
function phrase(term: WordTerm): string {
  return `"${term.tokens.join(' ').replace(/"/g, '""')}"${term.prefix ? ' *' : ''}`;
}

export const wordsMatch = (terms: readonly WordTerm[], joiner: 'AND' | 'OR'): string => terms.map(phrase).join(` ${joiner} `);

/** The trigram index answers substrings of 3+ characters; shorter ones are checked against the stored text. */
const TRIGRAM_MIN = 3;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface Condition {
  /** On `entries`, unaliased. */
  sql: string;
  params: unknown[];
}

export interface MatchSql {
  conditions: Condition[];
  /** The FTS table and MATCH string that ranks by relevance, and the condition it already enforces. */
  rank: { table: 'entries_fts' | 'entries_trigram'; match: string; condition: Condition } | null;
}

export function matchSql(query: ParsedQuery): MatchSql {
  const conditions: Condition[] = [];
  const add = (sql: string, ...params: unknown[]) => {
    const condition = { sql, params };
    conditions.push(condition);
    return condition;
  };
  if (query.unsearchable) add('0');
  const words = wordsMatch(query.words, 'AND');
  const wordsCondition = words ? add('seq IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)', words) : null;
  if (query.excludedWords.length)
    add('seq NOT IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)', wordsMatch(query.excludedWords, 'OR'));
  const long = query.substrings.filter((s) => [...s].length >= TRIGRAM_MIN);
  const trigrams = long.map((s) => `"${s.replace(/"/g, '""')}"`).join(' AND ');
  const trigramCondition = trigrams ? add('seq IN (SELECT rowid FROM entries_trigram WHERE entries_trigram MATCH ?)', trigrams) : null;
  for (const short of query.substrings.filter((s) => [...s].length < TRIGRAM_MIN))
    add(`(title || ' ' || text) LIKE ? ESCAPE '\\'`, likePattern(short));
  for (const excluded of query.excludedSubstrings) add(`(title || ' ' || text) NOT LIKE ? ESCAPE '\\'`, likePattern(excluded));
  const rank = wordsCondition
    ? { table: 'entries_fts' as const, match: words, condition: wordsCondition }
    : trigramCondition
      ? { table: 'entries_trigram' as const, match: trigrams, condition: trigramCondition }
      : null;
  return { conditions, rank };
}
