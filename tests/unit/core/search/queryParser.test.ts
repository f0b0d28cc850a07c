import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../electron/contract/search/queryParser';
import { matchSql } from '../../../../electron/core/search/matchSql';

const word = (token: string, prefix = false) => ({ tokens: [token], prefix });

describe('query parser', () => {
  it('takes words in any order, all required; a finished word (space after it) is exact', () => {
    expect(parseQuery('kitchen table ').words).toEqual([word('kitchen'), word('table')]);
  });

  it('treats the word still being typed (no space after it) as a prefix', () => {
    expect(parseQuery('kitchen tab').words).toEqual([word('kitchen'), word('tab', true)]);
  });

  it('takes prefix* anywhere', () => {
    expect(parseQuery('walk* home ').words).toEqual([word('walk', true), word('home')]);
  });

  it('keeps a "quoted phrase" as words in a row, never a prefix', () => {
    expect(parseQuery('"the kitchen table"').words).toEqual([{ tokens: ['the', 'kitchen', 'table'], prefix: false }]);
  });

  it('runs a quote left open to the end, as a phrase still being typed', () => {
    expect(parseQuery('rain "we sat in').words).toEqual([word('rain'), { tokens: ['we', 'sat', 'in'], prefix: false }]);
  });

  it('excludes -word and -"a phrase"', () => {
    const query = parseQuery('home -work -"last summer" ');
    expect(query.words).toEqual([word('home')]);
    expect(query.excludedWords).toEqual([word('work'), { tokens: ['last', 'summer'], prefix: false }]);
  });

  it('reads tag:name, tag:"two words" and is:favorite (and is:favourite) as filters', () => {
    const query = parseQuery('tag:grief tag:"new flat" is:favourite walk ');
    expect(query.tags).toEqual(['grief', 'new flat']);
    expect(query.favorite).toBe(true);
    expect(query.words).toEqual([word('walk')]);
    expect(parseQuery('is:favorite').favorite).toBe(true);
  });

  it('folds accents and case (café = CAFE)', () => {
    expect(parseQuery('Café ').words).toEqual([word('cafe')]);
    expect(parseQuery('cafe\u0301 NAÏVE ').words).toEqual([word('cafe'), word('naive')]);
  });

  it('sends runs of Chinese, Japanese and Thai to substring matching', () => {
    const query = parseQuery('キッチン 厨房 ครัว');
    expect(query.substrings).toEqual(['キッチン', '厨房', 'ครัว']);
    expect(query.words).toEqual([]);
  });

  it('splits a word that mixes scripts into its parts', () => {
    const query = parseQuery('iPhoneの ');
    expect(query.words).toEqual([word('iphone')]);
    expect(query.substrings).toEqual(['の']);
  });

  it('keeps FTS5 syntax literal: AND, OR, NOT, NEAR, ( and : are plain words or nothing', () => {
    const query = parseQuery('NEAR(a b) AND c:d OR ');
    expect(query.words.flatMap((t) => t.tokens)).toEqual(['near', 'a', 'b', 'and', 'c', 'd', 'or']);
    // Punctuation inside one typed word keeps its parts together, as a phrase.
    expect(matchSql(query).rank?.match).toBe('"near a" AND "b" AND "and" AND "c d" AND "or"');
  });

  it('finds nothing, rather than everything, when only unsearchable characters were typed', () => {
    for (const q of ['*', '(', '😀', '"', '-', ':']) expect(parseQuery(q).unsearchable, q).toBe(true);
    expect(parseQuery('').unsearchable).toBe(false);
    expect(parseQuery('tag:grief').unsearchable).toBe(false);
  });

  it('searches a one-character partial word as the whole word (a first keystroke is not a prefix of everything)', () => {
    expect(parseQuery('k').words).toEqual([{ tokens: ['k'], prefix: false }]);
    expect(parseQuery('k*').words).toEqual([{ tokens: ['k'], prefix: false }]);
    expect(parseQuery('ki').words).toEqual([{ tokens: ['ki'], prefix: true }]);
    expect(parseQuery('kitchen t').words).toEqual([
      { tokens: ['kitchen'], prefix: false },
      { tokens: ['t'], prefix: false },
    ]);
  });

  it('doubles a quote inside a token so it cannot end the FTS5 string', () => {
    expect(matchSql(parseQuery('xy')).rank?.match).toBe('"xy" *');
    expect(matchSql({ ...parseQuery(''), words: [{ tokens: ['a"b'], prefix: false }] }).rank?.match).toBe('"a""b"');
  });
});
