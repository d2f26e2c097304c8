/**
 * Search across a case's words (issue 8): turning what a user typed into a safe SQLite FTS5 query, and turning a
 * hit's text into segments React renders with <mark> — never an HTML string.
 */

/** What a search hit is: the kind of thing it was found in. */
export const SEARCH_KINDS = ['note', 'map_item', 'goal', 'agreement', 'participant', 'house_item', 'safety_plan', 'safety_plan_note', 'child_story'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  note: 'Noter',
  map_item: 'Kortet',
  goal: 'Mål',
  agreement: 'Aftale',
  participant: 'Deltager',
  house_item: 'De tre huse',
  safety_plan: 'Sikkerhedsplan',
  safety_plan_note: 'Sikkerhedsplan, fagligt notat',
  child_story: 'Barnets bog',
};

/** More words than this is a paste, not a search; the rest are ignored so the query stays fast. */
export const MAX_QUERY_TERMS = 12;
export const MAX_QUERY_LENGTH = 200;

/** One word or a "quoted phrase" the user typed, already reduced to letters and digits. */
export interface QueryTerm {
  words: string[];
  phrase: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return (text.toLocaleLowerCase('da-DK').match(WORD) ?? []).slice(0, MAX_QUERY_TERMS);
}

/**
 * Splits user text into terms. Balanced double quotes make a phrase; everything else (`*`, `(`, `-`, `:`, `^`, a
 * lone `"`) is punctuation and falls away, so no input can become FTS5 syntax. AND/OR/NOT/NEAR are just words.
 */
export function parseQuery(text: string): QueryTerm[] {
  const input = text.slice(0, MAX_QUERY_LENGTH);
  const terms: QueryTerm[] = [];
  const quoteCount = (input.match(/"/g) ?? []).length;
  const parts = input.split('"');
  parts.forEach((part, index) => {
    // Odd-indexed parts are inside quotes, unless the last quote is unbalanced (then treat it as plain text).
    const insideQuotes = index % 2 === 1 && !(quoteCount % 2 === 1 && index === parts.length - 1);
    const found = words(part);
    if (insideQuotes && found.length > 1) terms.push({ words: found, phrase: true });
    else for (const word of found) terms.push({ words: [word], phrase: false });
  });
  return terms.slice(0, MAX_QUERY_TERMS);
}

/**
 * "aa" is the old spelling of "å" and still in names (Aase, Aalborg, Haagensen); the index keeps æ, ø, å as
 * their own letters, so a word with either spelling is also searched in the other.
 */
export function spellingVariants(word: string): string[] {
  const variants = new Set([word]);
  if (word.includes('aa')) variants.add(word.replaceAll('aa', 'å'));
  if (word.includes('å')) variants.add(word.replaceAll('å', 'aa'));
  return [...variants];
}

function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** One FTS5 expression per term: every word prefix-matched ("morgen" finds "morgenerne"), phrases kept together. */
function termExpression(term: QueryTerm): string {
  if (term.phrase) {
    const variants = spellingVariants(term.words.join(' '));
    const parts = variants.map((v) => `${quoted(v)}*`);
    return parts.length > 1 ? `(${parts.join(' OR ')})` : parts[0]!;
  }
  const parts = spellingVariants(term.words[0]!).map((v) => `${quoted(v)}*`);
  return parts.length > 1 ? `(${parts.join(' OR ')})` : parts[0]!;
}

/** The FTS5 MATCH expression for what the user typed, or null when there is nothing to search for. */
export function buildFtsQuery(text: string): string | null {
  const terms = parseQuery(text);
  if (!terms.length) return null;
  return terms.map(termExpression).join(' AND ');
}

/** The words to highlight on the page a hit opens (each matched as a word prefix, both "aa"/"å" spellings). */
export function highlightWords(text: string): string[] {
  return [...new Set(parseQuery(text).flatMap((term) => term.words.flatMap(spellingVariants)))];
}

export interface Segment {
  text: string;
  hit: boolean;
}

function mergeSegments(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && last.hit === segment.hit) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

/**
 * Marks every word of `text` that starts with one of `words` (case-insensitive, Danish letters kept), for
 * highlighting a hit on the page it opens. Unlike the index, this works on any text the page shows.
 */
export function highlight(text: string, wordsToFind: string[]): Segment[] {
  const wanted = wordsToFind.map((w) => w.toLocaleLowerCase('da-DK')).filter(Boolean);
  if (!wanted.length) return text ? [{ text, hit: false }] : [];
  const segments: Segment[] = [];
  let last = 0;
  // One locale-aware lowercasing of the whole text instead of one per word (ICU calls were most of a search's
  // snippet time); per word only where lowercasing changes the length (e.g. "İ"), so indexes would not line up.
  const lower = text.toLocaleLowerCase('da-DK');
  const aligned = lower.length === text.length;
  for (const match of text.matchAll(WORD)) {
    const word = aligned ? lower.slice(match.index, match.index + match[0].length) : match[0].toLocaleLowerCase('da-DK');
    if (!wanted.some((w) => word.startsWith(w))) continue;
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), hit: false });
    segments.push({ text: match[0], hit: true });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return mergeSegments(segments);
}

/**
 * A snippet of `text` around its first hit: about `radius` words either side, with "…" where text was cut. Made
 * in code rather than by the index's snippet(), so only the hits shown cost anything.
 */
export function snippetAround(text: string, wordsToFind: string[], radius = 14): Segment[] {
  return snippetOfSegments(highlight(narrowToFirstHit(text.replace(/\s+/g, ' ').trim(), wordsToFind, radius), wordsToFind), radius);
}

/** The snippet of already highlighted text: the lead before the first hit and a budget of words after it. */
export function snippetOfSegments(segments: Segment[], radius = 14): Segment[] {
  const first = Math.max(0, segments.findIndex((s) => s.hit));
  const out: Segment[] = [];
  const lead = first > 0 ? segments[first - 1]!.text.split(' ') : [];
  if (lead.length) out.push({ text: lead.length > radius ? `…${lead.slice(-radius).join(' ')}` : lead.join(' '), hit: false });
  let budget = radius * 2;
  for (const segment of segments.slice(first)) {
    if (budget <= 0) {
      out.push({ text: '…', hit: false });
      break;
    }
    const parts = segment.text.split(' ');
    if (segment.hit || parts.length <= budget) {
      out.push(segment);
      budget -= segment.hit ? 1 : parts.length;
    } else {
      out.push({ text: `${parts.slice(0, budget).join(' ')}…`, hit: false });
      break;
    }
  }
  return mergeSegments(out);
}

/** Texts shorter than this are highlighted whole; longer ones (a 5,000-word note) are first cut to the snippet's words. */
const NARROW_FROM_CHARS = 1000;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The words around the first hit, with a margin (the snippet's lead and budget plus a few words), so the snippet is
 * the same as from the whole text but costs the same for a long note as for a short map item.
 */
function narrowToFirstHit(text: string, wordsToFind: string[], radius: number): string {
  if (text.length < NARROW_FROM_CHARS) return text;
  const lower = text.toLocaleLowerCase('da-DK');
  if (lower.length !== text.length) return text;
  let first = -1;
  for (const word of wordsToFind.map((w) => w.toLocaleLowerCase('da-DK')).filter(Boolean)) {
    let at = lower.indexOf(word);
    while (at > 0 && WORD_CHAR.test(lower[at - 1]!)) at = lower.indexOf(word, at + 1);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  const hit = Math.max(0, first);
  let from = hit;
  for (let n = 0; n < radius + 2 && from > 0; n++) from = text.lastIndexOf(' ', from - 2) + 1;
  let to = hit;
  for (let n = 0; n < 2 * radius + 5 && to >= 0 && to < text.length; n++) to = text.indexOf(' ', to + 1);
  return text.slice(from, to < 0 ? text.length : to);
}

export function hasHit(segments: Segment[]): boolean {
  return segments.some((segment) => segment.hit);
}
