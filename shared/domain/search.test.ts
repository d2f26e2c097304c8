import { describe, expect, it } from 'vitest';
import { buildFtsQuery, highlight, highlightWords, parseQuery, snippetAround, snippetOfSegments, spellingVariants } from './search';

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
  const long = 'en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten Morgenerne er svære for Oliver og mor i hjemmet hver eneste dag i ugen især mandag og tirsdag når skolen starter tidligt';

  it('cuts around the first hit with an ellipsis on both sides', () => {
    const segments = snippetAround(long, ['morgen'], 4);
    expect(segments.map((s) => s.text).join('')).toBe('…fjorten femten seksten Morgenerne er svære for Oliver og mor…');
    expect(segments.filter((s) => s.hit)).toEqual([{ text: 'Morgenerne', hit: true }]);
  });

  it('keeps a short text whole', () => {
    expect(snippetAround('Farmor henter', ['farmor'])).toEqual([
      { text: 'Farmor', hit: true },
      { text: ' henter', hit: false },
    ]);
  });

  it('shows the beginning when no word is marked, and keeps markup-looking text as text', () => {
    expect(snippetAround('<b>fed</b> tekst', ['xyz'])).toEqual([{ text: '<b>fed</b> tekst', hit: false }]);
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

describe('snippets of long notes', () => {
  const words = Array.from({ length: 3000 }, (_, i) => `ord${i}`);
  const cases: [string, string[]][] = [
    ['a hit in the middle', [...words.slice(0, 1500), 'Morgenerne', ...words.slice(1500)]],
    ['a hit at the start', ['Morgenerne', ...words]],
    ['a hit at the end', [...words, 'morgenen']],
    ['two hits close together', [...words.slice(0, 900), 'morgen', 'og', 'Morgenerne', ...words.slice(900)]],
    ['no hit', words],
    ['a word that only contains the query', [...words.slice(0, 100), 'formorgen', ...words.slice(100, 200), 'morgen', ...words.slice(200)]],
  ];
  it.each(cases)('are the same as from the whole text: %s', (_label, text) => {
    const full = text.join(' ');
    const whole = highlight(full, ['morgen']);
    expect(snippetAround(full, ['morgen'])).toEqual(snippetOfSegments(whole));
  });
});
