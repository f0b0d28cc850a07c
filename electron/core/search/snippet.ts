// A plain-text snippet around the first match, with UTF-16 highlight ranges into it; cut only between words or whole characters.
import { matchRanges, type Range } from '../../contract/search/matchRanges';
import type { ParsedQuery } from '../../contract/search/queryParser';

const LENGTH = 200;
/** Words shown before the first match, so it reads in context. */
const LEAD = 60;
const ELLIPSIS = '…';

/** A low surrogate, a combining mark, a zero-width joiner or a variation selector belongs to the character before it. */
const JOINS_BACKWARD = /^(?:[\uDC00-\uDFFF]|\p{M}|\u200D|\uFE0F)$/u;

/** Moves a cut back off the middle of a character: never between a surrogate pair or before a combining mark. */
function wholeCharacterCut(text: string, at: number): number {
  let i = Math.max(0, Math.min(at, text.length));
  while (i > 0 && i < text.length && JOINS_BACKWARD.test(text[i]!)) i -= 1;
  return i;
}

/** Where the snippet starts: after a space near `LEAD` characters before the match, else at a whole character. */
function startBefore(text: string, match: number): number {
  if (match <= LEAD) return 0;
  const from = match - LEAD;
  const space = text.slice(from, match).search(/\s/u);
  return space === -1 ? wholeCharacterCut(text, from) : from + space + 1;
}

function endAfter(text: string, start: number, mustReach: number): number {
  const end = Math.max(start + LENGTH, mustReach);
  if (end >= text.length) return text.length;
  const lastSpace = text.slice(mustReach, end).search(/\s\S*$/u);
  return lastSpace === -1 ? wholeCharacterCut(text, end) : mustReach + lastSpace;
}

export function snippetOf(text: string, query: ParsedQuery): { snippet: string; highlights: Range[] } {
  const ranges = matchRanges(text, query, LENGTH);
  const first = ranges[0];
  const start = first ? startBefore(text, first[0]) : 0;
  const end = endAfter(text, start, first ? Math.min(first[1], start + LENGTH) : 0);
  const lead = start > 0 ? ELLIPSIS : '';
  // Newlines become spaces one for one, so offsets are unchanged.
  const snippet = `${lead}${text.slice(start, end).replace(/\n/g, ' ')}${end < text.length ? ELLIPSIS : ''}`;
  const highlights = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): Range => [s - start + lead.length, e - start + lead.length]);
  return { snippet, highlights };
}
