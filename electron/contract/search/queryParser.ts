// The query language a person can guess, parsed without ever failing: words, "phrases", prefix*, -exclude, tag:x, is:favorite.
import { TOKEN, fold, splitByScript } from './scripts';

/** Something to find in the words index: one word, the start of a word, or words in a row. Tokens are folded (café → cafe). */
export interface WordTerm {
  tokens: string[];
  prefix: boolean;
}

export interface ParsedQuery {
  /** All must match (unicode61 index). */
  words: WordTerm[];
  /** None may match. */
  excludedWords: WordTerm[];
  /** Runs of Chinese, Japanese, Thai…: all must appear as substrings (trigram index). */
  substrings: string[];
  excludedSubstrings: string[];
  tags: string[];
  favorite: boolean;
  /** Text was typed but none of it can be searched for (only `*`, `(`, emoji…): nothing matches. */
  unsearchable: boolean;
}

interface Chunk {
  text: string;
  quoted: boolean;
  negated: boolean;
  /** `tag:` or `is:` written before the text. */
  operator?: string;
  /** The chunk ends the query with no space after it: the person may still be typing it. */
  trailing: boolean;
}

/** Splits on spaces outside quotes; a quote left open runs to the end (it is still being typed). */
function chunks(q: string): Chunk[] {
  const found: Chunk[] = [];
  for (const match of q.matchAll(/(-?)(?:(tag|is):)?(?:"([^"]*)("?)|(\S*))/giu)) {
    if (match[0] === '') continue;
    const [, minus, operator, quotedText, closing, bare] = match;
    const trailing = match.index + match[0].length === q.length;
    const quoted = quotedText !== undefined;
    const text = quoted ? quotedText : (bare ?? '');
    // A lone "-" is a dash, not an exclusion of nothing.
    const negated = minus === '-' && (quoted || text.length > 0 || operator !== undefined);
    found.push({
      text: negated || minus === '' ? text : `-${text}`,
      quoted,
      negated,
      operator: operator?.toLowerCase(),
      trailing: trailing && (!quoted || closing === ''),
    });
  }
  return found;
}

const FAVORITE_WORDS = new Set(['favorite', 'favourite', 'favorites', 'favourites', 'fav', 'starred']);

/** `tag:name`, `tag:"two words"` and `is:favorite` become filters; anything else is ordinary text. */
function applyOperator(chunk: Chunk, query: ParsedQuery): boolean {
  if (chunk.negated || chunk.operator === undefined) return false;
  if (chunk.operator === 'is') {
    if (!FAVORITE_WORDS.has(chunk.text.toLowerCase())) return false;
    query.favorite = true;
    return true;
  }
  if (chunk.text.trim()) query.tags.push(chunk.text.trim());
  return true;
}

/** The shortest prefix searched as a prefix (the word index keeps ready lists for 2- and 3-character ones). */
export const MIN_PREFIX = 2;

function addText(chunk: Chunk, query: ParsedQuery): boolean {
  const starred = !chunk.quoted && chunk.text.endsWith('*');
  const tokens = chunk.text.match(TOKEN) ?? [];
  if (tokens.length === 0) return false;
  const words: string[] = [];
  const substrings: string[] = [];
  for (const token of tokens) {
    for (const part of splitByScript(token)) (part.spaceless ? substrings : words).push(part.spaceless ? part.text : fold(part.text));
  }
  // A phrase may end in a prefix too ("e-ma" while typing "e-mail"): FTS5 applies it to the last token. A prefix of one
  // character would stand for most words of the journal (a first keystroke), so it is matched as the whole word instead.
  const last = words[words.length - 1] ?? '';
  const prefix = !chunk.quoted && (starred || chunk.trailing) && [...last].length >= MIN_PREFIX;
  if (words.length > 0) (chunk.negated ? query.excludedWords : query.words).push({ tokens: words, prefix });
  (chunk.negated ? query.excludedSubstrings : query.substrings).push(...substrings);
  return true;
}

export function parseQuery(q: string): ParsedQuery {
  const query: ParsedQuery = {
    words: [],
    excludedWords: [],
    substrings: [],
    excludedSubstrings: [],
    tags: [],
    favorite: false,
    unsearchable: false,
  };
  let typedText = false;
  let searchable = false;
  for (const chunk of chunks(q)) {
    if (applyOperator(chunk, query)) continue;
    typedText = true;
    // An operator that did not apply (is:tuesday, -tag:x) is read as the words it is made of.
    const text = chunk.operator && !chunk.quoted ? `${chunk.operator} ${chunk.text}` : chunk.text;
    searchable = addText({ ...chunk, text }, query) || searchable;
  }
  query.unsearchable = typedText && !searchable;
  return query;
}
