// Where a parsed query matches a text, as UTF-16 ranges: the same words FTS5 matched, found again in JS for highlighting.
import type { ParsedQuery, WordTerm } from './queryParser';
import { TOKEN, fold } from './scripts';

export type Range = [start: number, end: number];

interface Token {
  start: number;
  end: number;
  folded: string;
}

// Plain ASCII needs no Unicode normalisation; most tokens are, and this keeps highlighting cheap on long entries.
const foldToken = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : fold(text));

function termMatchesAt(tokens: Token[], i: number, term: WordTerm): Range | null {
  const n = term.tokens.length;
  if (i + n > tokens.length) return null;
  for (let k = 0; k < n; k++) {
    const isLast = k === n - 1;
    const have = tokens[i + k]!.folded;
    const want = term.tokens[k]!;
    if (!(have === want || (isLast && term.prefix && have.startsWith(want)))) return null;
  }
  return [tokens[i]!.start, tokens[i + n - 1]!.end];
}

function* tokensOf(text: string): Generator<Token> {
  for (const match of text.matchAll(TOKEN)) yield { start: match.index, end: match.index + match[0].length, folded: foldToken(match[0]) };
}

/**
 * Ranges of matches in `text`, ascending and merged, up to the first match's start plus `span` (only a snippet's worth is
 * needed, so a long entry is not scanned past it). Phrases need a few tokens of look-ahead, read as the scan goes.
 */
export function matchRanges(text: string, query: ParsedQuery, span = Infinity): Range[] {
  const found: Range[] = [];
  const longest = Math.max(1, ...query.words.map((t) => t.tokens.length));
  const tokens: Token[] = [];
  const source = tokensOf(text);
  let limit = Infinity;
  for (let i = 0; ; i++) {
    while (tokens.length < i + longest) {
      const next = source.next();
      if (next.done) break;
      tokens.push(next.value);
    }
    const token = tokens[i];
    if (!token || token.start > limit) break;
    for (const term of query.words) {
      const range = termMatchesAt(tokens, i, term);
      if (range) found.push(range);
    }
    if (found.length > 0 && limit === Infinity) limit = found[0]![0] + span;
  }
  for (const sub of query.substrings) {
    for (let at = text.indexOf(sub); at !== -1 && at <= Math.min(limit, text.length); at = text.indexOf(sub, at + sub.length))
      found.push([at, at + sub.length]);
  }
  return merge(found);
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
