// A prefix as the few words of the journal it starts ("rememb*" → remember, remembered), so checking one entry against it
// looks up a few word lists instead of merging every list the prefix covers again, as FTS5 does for each lookup.
import type { Db } from '../db/openDatabase';
import type { WordTerm } from '../../contract/search/queryParser';

/** The prefix lengths migration 0007 keeps ready-made lists for: one lookup each, no expansion needed. */
const PREFIX_LISTS = new Set([2, 3]);

/** Past this many words, checking an entry against each costs more than listing every match once. */
export const EXPAND_MAX = 8;

/** The next string after every string that starts with `prefix`, for a range over the sorted vocabulary. */
const after = (prefix: string) => `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`;

/**
 * The words a one-token prefix covers, or null when they cannot be read safely or are too many. Only ASCII letters and digits:
 * their folding in JS is certainly unicode61's, so the vocabulary holds them exactly as typed.
 */
function wordsStarting(db: Db, prefix: string): string[] | null {
  if (!/^[a-z0-9]+$/.test(prefix)) return null;
  const rows = db
    .prepare('SELECT term FROM entries_fts_vocab WHERE term >= ? AND term < ? LIMIT ?')
    .all(prefix, after(prefix), EXPAND_MAX + 1) as Array<{ term: string }>;
  return rows.length <= EXPAND_MAX ? rows.map((row) => row.term) : null;
}

const quoted = (token: string) => `"${token.replace(/"/g, '""')}"`;

/**
 * The same matches as the words' MATCH string, written so one entry can be checked cheaply: each prefix without a ready list
 * becomes its words OR'd together. Null when a prefix has too many words (or unreadable ones) to check entry by entry.
 */
export function probeMatch(db: Db, terms: readonly WordTerm[]): string | null {
  const parts: string[] = [];
  for (const term of terms) {
    const phrase = quoted(term.tokens.join(' '));
    const [only] = term.tokens;
    if (!term.prefix || (term.tokens.length === 1 && PREFIX_LISTS.has(only!.length))) {
      parts.push(term.prefix ? `${phrase} *` : phrase);
      continue;
    }
    const words = term.tokens.length === 1 ? wordsStarting(db, only!) : null;
    if (!words) return null;
    // No word starts with it: an empty OR is not FTS5 syntax, and the prefix itself matches nothing just as cheaply.
    parts.push(words.length ? `(${words.map(quoted).join(' OR ')})` : `${phrase} *`);
  }
  return parts.join(' AND ');
}
