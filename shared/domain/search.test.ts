import { describe, expect, it } from 'vitest';
import { buildFtsQuery, HIT_END, HIT_START, highlight, highlightWords, parseQuery, parseSnippet, spellingVariants } from './search';

describe('building a search query from what the user typed', () => {
  it.each([
    ['morgen', '"morgen"*'],
    ['Morgen skolen', '"morgen"* AND "skolen"*'],
    ['  ', null],
    ['', null],
    ['"***"', null],
    ['"om morgenen"', '"om morgenen"*'],
    ['"om morgenen" lærer', '"om morgenen"* AND "lærer"*'],
    ['"uafsluttet citat', '"uafsluttet"* AND "citat"*'],
    ['mor*', '"mor"*'],
    ['(skole OR fritid)', '"skole"* AND "or"* AND "fritid"*'],
    ['NEAR(a b)', '"near"* AND "a"* AND "b"*'],
    ['-fravær', '"fravær"*'],
    ['NOT AND OR', '"not"* AND "and"* AND "or"*'],
    ['col:tekst^', '"col"* AND "tekst"*'],
    ['Søren Ærø', '"søren"* AND "ærø"*'],
    ['går', '("går"* OR "gaar"*)'],
    ['Aase', '("aase"* OR "åse"*)'],
  ])('%j becomes %j', (input, expected) => expect(buildFtsQuery(input)).toBe(expected));

  it('keeps a quoted phrase together and single quoted words as words', () => {
    expect(parseQuery('"mor" "far kommer"')).toEqual([
      { words: ['mor'], phrase: false },
      { words: ['far', 'kommer'], phrase: true },
    ]);
  });

  it('caps a pasted paragraph at twelve words', () => {
    expect(parseQuery('a b c d e f g h i j k l m n o p').length).toBe(12);
  });

  it.each([
    ['aa', ['aa', 'å']],
    ['å', ['å', 'aa']],
    ['mor', ['mor']],
  ])('spelling variants of %j are %j', (word, expected) => expect(spellingVariants(word)).toEqual(expected));

  it('highlights the words of the query in both spellings', () => {
    expect(highlightWords('Aalborg "om morgenen"')).toEqual(['aalborg', 'ålborg', 'om', 'morgenen']);
  });
});

describe('snippets as data', () => {
  it('splits a marked snippet into hit and plain segments', () => {
    expect(parseSnippet(`…læreren siger ${HIT_START}morgenerne${HIT_END} er svære…`)).toEqual([
      { text: '…læreren siger ', hit: false },
      { text: 'morgenerne', hit: true },
      { text: ' er svære…', hit: false },
    ]);
  });

  it('never leaks a marker into the text, even when markers are unbalanced', () => {
    const segments = parseSnippet(`${HIT_END}a${HIT_START}b${HIT_START}c`);
    expect(segments.map((s) => s.text).join('')).toBe('abc');
    expect(segments).toEqual([
      { text: 'a', hit: false },
      { text: 'bc', hit: true },
    ]);
  });

  it('keeps markup-looking text as plain text', () => {
    expect(parseSnippet('<b>fed</b>')).toEqual([{ text: '<b>fed</b>', hit: false }]);
  });
});

describe('highlighting a hit on the page it opens', () => {
  it('marks words that start with a query word, case-insensitively', () => {
    expect(highlight('Morgenerne er svære. Om morgenen græder han.', ['morgen'])).toEqual([
      { text: 'Morgenerne', hit: true },
      { text: ' er svære. Om ', hit: false },
      { text: 'morgenen', hit: true },
      { text: ' græder han.', hit: false },
    ]);
  });

  it('does not mark a word that only contains the query in the middle', () => {
    expect(highlight('formiddag', ['mid'])).toEqual([{ text: 'formiddag', hit: false }]);
  });

  it('keeps Danish letters and returns the text untouched without query words', () => {
    expect(highlight('Ærø og Åse', ['åse'])).toEqual([
      { text: 'Ærø og ', hit: false },
      { text: 'Åse', hit: true },
    ]);
    expect(highlight('tekst', [])).toEqual([{ text: 'tekst', hit: false }]);
  });
});
