// Text folding and the scripts written without spaces between words, shared by the index, the query parser and the highlighter.

/**
 * Scripts whose words run together (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) and Korean, whose particles attach to words:
 * `unicode61` sees a whole run as one token, so these runs get a trigram index and substring matching instead.
 */
const SPACELESS =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
const SPACELESS_RUN = new RegExp(`[${SPACELESS}][${SPACELESS}\\p{M}ー]*`, 'gu');
const HAS_SPACELESS = new RegExp(`[${SPACELESS}]`, 'u');

export const hasSpacelessScript = (text: string): boolean => HAS_SPACELESS.test(text);

/** The runs of spaceless scripts in a text, one per line: what the trigram index holds (Latin text stays out, keeping it small). */
export function spacelessRuns(text: string): string {
  return (text.match(SPACELESS_RUN) ?? []).join('\n');
}

/** Splits a token into its spaceless and ordinary parts, in order. */
export function splitByScript(token: string): Array<{ text: string; spaceless: boolean }> {
  const parts: Array<{ text: string; spaceless: boolean }> = [];
  let last = 0;
  for (const match of token.matchAll(SPACELESS_RUN)) {
    if (match.index > last) parts.push({ text: token.slice(last, match.index), spaceless: false });
    parts.push({ text: match[0], spaceless: true });
    last = match.index + match[0].length;
  }
  if (last < token.length) parts.push({ text: token.slice(last), spaceless: false });
  return parts;
}

/** Characters `unicode61` keeps inside a token (letters, numbers, private use; marks, which it folds away). */
export const TOKEN = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/** As `unicode61 remove_diacritics 2` folds: accents off, lower case (café = CAFE). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}
