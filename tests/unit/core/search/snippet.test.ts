import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../electron/contract/search/queryParser';
import { snippetOf } from '../../../../electron/core/search/snippet';

const marked = (text: string, q: string) => {
  const { snippet, highlights } = snippetOf(text, parseQuery(q));
  return { snippet, parts: highlights.map(([s, e]) => snippet.slice(s, e)), highlights };
};

describe('snippets and highlight offsets', () => {
  it('counts offsets in UTF-16 units, past emoji made of surrogate pairs', () => {
    const { parts, highlights } = marked('😀😀 we laughed 👩‍👩‍👧 at the sea', 'sea ');
    expect(parts).toEqual(['sea']);
    expect(highlights[0]![0]).toBe('😀😀 we laughed 👩‍👩‍👧 at the '.length);
  });

  it('highlights a word written with a combining accent, including the accent', () => {
    const text = 'the cafe\u0301 on the corner';
    expect(marked(text, 'cafe ').parts).toEqual(['cafe\u0301']);
    expect(marked(text, 'café ').parts).toEqual(['cafe\u0301']);
    expect(marked('Café Zoë', 'zoe ').parts).toEqual(['Zoë']);
  });

  it('highlights each word of a phrase as one range, and prefixes as whole words', () => {
    expect(marked('we sat at the kitchen table talking', '"kitchen table"').parts).toEqual(['kitchen table']);
    expect(marked('talking and talked', 'talk*').parts).toEqual(['talking', 'talked']);
  });

  it('highlights substrings in scripts without spaces', () => {
    expect(marked('昨日キッチンで話した', 'キッチン').parts).toEqual(['キッチン']);
  });

  it('never cuts a surrogate pair or a combining sequence at the snippet edge', () => {
    // The cuts land inside a pair (an odd offset) and before a combining accent unless moved.
    const text = `.${'😀'.repeat(200)}target ${'é'.normalize('NFD').repeat(300)}`;
    const { snippet, parts } = marked(text, 'target ');
    expect(parts).toEqual(['target']);
    // No lone surrogate: a cut pair would leave one.
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(snippet)).toBe(false);
    const body = snippet.replace(/^…|…$/gu, '');
    expect(/^\p{M}/u.test(body)).toBe(false);
    expect(text.includes(body)).toBe(true);
  });

  it('shows the start of the text, unhighlighted, when only the title matched', () => {
    expect(marked('first line\nsecond line', 'title ')).toMatchObject({ snippet: 'first line second line', parts: [] });
  });
});
