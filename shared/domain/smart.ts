/**
 * SMART goals in Danish practice (seed 001, footnote 9): Specifikke, Målbare, Attraktive, Realistiske, Tidsbestemte.
 * Kreds reads what text can tell (S, M, T); the user marks A (agreed with the family) and R, which no text reveals.
 * The rules are word rules written from how Danish plans are worded (the table in smart.test.ts): they nudge the
 * writer with a plain question, they never block saving.
 *
 * - Specifik: someone does something. An intention ("forbedre", "arbejde på"), a sentence without a person
 *   ("Der skal være mindre konflikt derhjemme") or a feeling alone ("Clara skal have det godt") is not.
 * - Målbar: a number, a frequency, a count ("hver tirsdag", "4 ud af 5 dage", "højst to fraværsdage") or something
 *   one can see happen; a direction without a number ("oftere", "mere") is not, and a deadline is not a measure.
 * - Tidsbestemt: a date, a week, a period or a meeting it is to be reached by ("senest 20.12.2026", "i uge 14–19",
 *   "inden sommerferien", "de næste tre måneder", "til næste møde") — or a deadline in its own field.
 */
import {
  ACTOR_WORDS,
  BARE_COMPARATIVES,
  CLOCK_TIME,
  MEASURE_PATTERNS,
  NOT_A_NAME,
  NUMERIC_DATE,
  OBSERVABLE_VERBS,
  STATE_PHRASES,
  TIME_PATTERNS,
  VAGUE_PHRASES,
} from './smartWords';

export { VAGUE_PHRASES } from './smartWords';

export const SMART_CRITERIA = ['specific', 'measurable', 'attractive', 'realistic', 'timeBound'] as const;
export type SmartCriterion = (typeof SMART_CRITERIA)[number];

export const SMART_LABELS: Record<SmartCriterion, string> = {
  specific: 'Specifik',
  measurable: 'Målbar',
  attractive: 'Attraktiv',
  realistic: 'Realistisk',
  timeBound: 'Tidsbestemt',
};

/** One line of guidance per criterion, shown beside it in the goal editor. */
export const SMART_GUIDANCE: Record<SmartCriterion, string> = {
  specific: 'Hvem gør hvad? Skriv det, så barnet kan forstå det — fx »Mor følger Clara i skole …«.',
  measurable: 'Hvordan kan alle se, at målet er nået? Et tal, hvor tit, eller noget man kan se ske.',
  attractive: 'Er målet aftalt med barnet og familien, og vil de det selv?',
  realistic: 'Kan målet nås med de kræfter og den hjælp, familien og netværket har?',
  timeBound: 'Hvornår skal målet være nået? En dato, en uge, »inden sommerferien« eller »til næste møde«.',
};

export interface SmartInput {
  text: string;
  /** A deadline set in its own field ('yyyy-mm-dd') makes the goal time-bound whatever the text says. */
  deadline?: string | null;
  attractive?: boolean;
  realistic?: boolean;
}

export interface SmartVerdict {
  criterion: SmartCriterion;
  met: boolean;
  /** Plain Danish: why it is (not) met, asked as a question the writer can answer. */
  message: string;
}

export interface SmartResult {
  verdicts: SmartVerdict[];
  metCount: number;
  allMet: boolean;
}

function normalize(text: string): string {
  return ` ${text.toLowerCase().replace(/[,;:!?()»«"]/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

function containsPhrase(normalized: string, phrase: string): boolean {
  return new RegExp(`(^|[^a-zæøå])${escape(phrase)}([^a-zæøå']|$)`).test(normalized);
}

function phrasesIn(normalized: string, phrases: readonly string[]): string[] {
  return phrases.filter((phrase) => containsPhrase(normalized, phrase));
}

export function vaguePhrasesIn(text: string): string[] {
  return phrasesIn(normalize(text), VAGUE_PHRASES);
}

/** A clock time becomes a neutral word, so "kl. 8.30" is neither a date nor a deadline ("senest kl. 21"). */
function withoutClockTimes(normalized: string): string {
  return normalized.replace(CLOCK_TIME, ' klokkeslæt ');
}

function isRealDate(day: string, month: string): boolean {
  return Number(day) >= 1 && Number(day) <= 31 && Number(month) >= 1 && Number(month) <= 12;
}

function hasTimeExpression(normalized: string): boolean {
  const text = withoutClockTimes(normalized);
  const dated = [...text.matchAll(NUMERIC_DATE)].some((m) => isRealDate(m[1]!, m[2]!));
  return dated || TIME_PATTERNS.some((pattern) => pattern.test(text));
}

/** A deadline is not a measure: "inden 1.6" must not make a goal measurable. A clock time is one ("kl. 8"). */
function withoutTimeExpressions(normalized: string): string {
  const text = normalized.replace(NUMERIC_DATE, (match, day: string, month: string) => (isRealDate(day, month) ? ' ' : match));
  return TIME_PATTERNS.reduce((rest, pattern) => rest.replace(new RegExp(pattern.source, 'g'), ' '), text);
}

const MIN_SPECIFIC_WORDS = 4;
const FINITE_AFTER_NAME = /^(skal|vil|kan|må|bør|får|er|har|bor|og|[a-zæøå]{2,}e?r)$/;

/** Who does it: a person's name (a capitalised word), a role ("mor", "skolen"), or "han/hun/de". */
function hasActor(text: string, normalized: string): boolean {
  if (phrasesIn(normalized, ACTOR_WORDS).length > 0) return true;
  const words = text.replace(/[,;:!?()»«"]/g, ' ').split(/\s+/).filter(Boolean);
  const capitalised = (word: string) => /^[A-ZÆØÅ][a-zæøå]+$/.test(word);
  const [first, second] = words;
  if (first && capitalised(first) && !NOT_A_NAME.includes(first.toLowerCase()) && second && FINITE_AFTER_NAME.test(second.toLowerCase())) return true;
  // A name later in the sentence; "Olivers" (genitive) belongs to something else, not to whoever acts.
  return words.slice(1).some((word) => capitalised(word) && !word.endsWith('s') && !NOT_A_NAME.includes(word.toLowerCase()));
}

function specific(text: string, normalized: string, counted: boolean): SmartVerdict {
  const ask = 'Kan målet gøres mere konkret?';
  const vague = phrasesIn(normalized, VAGUE_PHRASES);
  if (vague.length > 0) {
    return { criterion: 'specific', met: false, message: `${ask} »${vague[0]}« siger ikke, hvad der skal ske. Skriv, hvem der gør hvad.` };
  }
  if (text.trim().split(/\s+/).filter(Boolean).length < MIN_SPECIFIC_WORDS) {
    return { criterion: 'specific', met: false, message: `${ask} Skriv en hel sætning om, hvem der gør hvad.` };
  }
  if (!hasActor(text, normalized)) {
    return { criterion: 'specific', met: false, message: `${ask} Hvem skal gøre noget? Skriv fx »Clara …«, »Mor og far …« eller »Skolen …«.` };
  }
  const state = phrasesIn(normalized, STATE_PHRASES);
  const seen = phrasesIn(normalized, OBSERVABLE_VERBS).length > 0;
  if (state.length > 0 && !(seen && counted)) {
    return { criterion: 'specific', met: false, message: `${ask} »${state[0]}« kan man ikke se udefra. Hvad gør barnet eller de voksne, når det er sådan?` };
  }
  return { criterion: 'specific', met: true, message: 'Målet siger, hvem der gør hvad.' };
}

/**
 * What is left to measure once the deadline and the intentions are taken out ("tage ansvar" is no visible
 * "tage"); a clock time counts ("møder kl. 8").
 */
function measureText(normalized: string): string {
  const rest = withoutTimeExpressions(withoutClockTimes(normalized));
  return VAGUE_PHRASES.reduce((text, phrase) => text.replace(new RegExp(`(^|[^a-zæøå])${escape(phrase)}(?=[^a-zæøå]|$)`, 'g'), '$1 '), rest);
}

function isCounted(rest: string): boolean {
  return rest.includes(' klokkeslæt ') || MEASURE_PATTERNS.some((pattern) => pattern.test(rest));
}

function measurable(rest: string): SmartVerdict {
  const counted = isCounted(rest);
  const seen = phrasesIn(rest, OBSERVABLE_VERBS).length > 0;
  const direction = phrasesIn(rest, BARE_COMPARATIVES);
  if (counted || (seen && direction.length === 0)) return { criterion: 'measurable', met: true, message: 'Man kan se, om målet er nået.' };
  const hint = direction.length > 0 ? ` »${direction[0]}« end hvad?` : '';
  return {
    criterion: 'measurable',
    met: false,
    message: `Hvordan kan I se, at målet er nået?${hint} Skriv et tal eller hvor tit — fx »hver tirsdag« eller »4 ud af 5 dage«.`,
  };
}

function timeBound(normalized: string, deadline: string | null | undefined): SmartVerdict {
  if (deadline) return { criterion: 'timeBound', met: true, message: 'Målet har en frist.' };
  if (hasTimeExpression(normalized)) return { criterion: 'timeBound', met: true, message: 'Målet siger, hvornår det skal være nået.' };
  return {
    criterion: 'timeBound',
    met: false,
    message: 'Hvornår skal målet være nået? Skriv en dato, en uge, »inden sommerferien« eller »til næste møde« — eller sæt en frist.',
  };
}

function marked(criterion: 'attractive' | 'realistic', value: boolean | undefined): SmartVerdict {
  const ask = criterion === 'attractive' ? 'Markér, når målet er aftalt med barnet og familien.' : 'Markér, når I vurderer, at målet kan nås.';
  return { criterion, met: value === true, message: value ? 'Markeret af jer.' : ask };
}

export function checkSmart(input: SmartInput): SmartResult {
  const normalized = normalize(input.text);
  const rest = measureText(normalized);
  const verdicts = [
    specific(input.text, normalized, isCounted(rest)),
    measurable(rest),
    marked('attractive', input.attractive),
    marked('realistic', input.realistic),
    timeBound(normalized, input.deadline),
  ];
  const metCount = verdicts.filter((v) => v.met).length;
  return { verdicts, metCount, allMet: metCount === verdicts.length };
}

/** The criteria Kreds can check from the text alone; a goal failing one of these is "flagged" in the plan. */
export function textFlags(input: SmartInput): SmartCriterion[] {
  return checkSmart(input)
    .verdicts.filter((v) => !v.met && v.criterion !== 'attractive' && v.criterion !== 'realistic')
    .map((v) => v.criterion);
}
