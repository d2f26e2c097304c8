/**
 * SMART goals in Danish practice (seed 001, footnote 9): Specifikke, Målbare, Attraktive, Realistiske, Tidsbestemte.
 * Kreds checks what text can tell (S, M, T); the user marks A (agreed with the family) and R, which no text reveals.
 * The checks are deliberately simple word rules: they nudge the writer, they never block saving.
 */

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
  specific: 'Hvad skal der konkret ske? Skriv det, så barnet kan forstå det — undgå »arbejde på« og »forbedre«.',
  measurable: 'Hvordan kan alle se, at målet er nået? Et tal, en hyppighed eller noget, man kan se barnet gøre.',
  attractive: 'Er målet aftalt med barnet og familien, og vil de det selv?',
  realistic: 'Kan målet nås med de kræfter og den hjælp, familien og netværket har?',
  timeBound: 'Hvornår skal målet være nået? En dato, en uge eller »inden næste møde«.',
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
  /** Danish: why it is (not) met, for the editor. */
  message: string;
}

export interface SmartResult {
  verdicts: SmartVerdict[];
  metCount: number;
  allMet: boolean;
}

/** Verbs and phrases that name an intention rather than what will happen. */
export const VAGUE_PHRASES = [
  'arbejde på',
  'arbejder på',
  'arbejde med',
  'arbejder med',
  'forbedre',
  'forbedres',
  'have fokus på',
  'fokus på',
  'fokusere på',
  'styrke',
  'styrkes',
  'understøtte',
  'understøttes',
  'udvikle',
  'udvikles',
  'blive bedre',
  'bliver bedre',
  'trives bedre',
  'have det bedre',
  'generelt',
  'øget trivsel',
] as const;

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';
const TIME_PATTERNS: RegExp[] = [
  /\b\d{1,2}[./-]\d{1,2}([./-]\d{2,4})?\b/, // 1.6, 01.06.2026
  new RegExp(`\\b\\d{1,2}\\.?\\s*(${MONTHS})\\b`), // 1. juni
  new RegExp(`\\b(inden|senest|før|fra|til|i|efter|udgangen af|slutningen af)\\s+(${MONTHS})\\b`),
  /\buge\s*\d{1,2}\b/, // uge 24
  /\b(inden|senest|før|til|ved|efter)\s+(næste|det næste)\s+(møde|opfølgningsmøde|netværksmøde)\b/,
  /\b(inden|senest|før|til)\s+(sommerferien|jul|julen|påske|påsken|vinterferien|efterårsferien|skoleårets slutning|skolestart|nytår)\b/,
  /\b(om|inden for|indenfor|i løbet af|efter)\s+(\d+|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|tolv)\s+(dage|dag|uger|uge|måneder|måned|år)\b/,
  /\b(20\d\d)\b/,
];

const NUMBER_WORDS = 'en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|halvdelen|alle|hver|hvert';
const MEASURE_PATTERNS: RegExp[] = [
  /\d/, // any figure: 3 gange, 90 %, kl. 8
  new RegExp(`\\b(${NUMBER_WORDS})\\s+(gang|gange|dag|dage|uge|uger|morgen|morgener|aften|aftener|skoledag|skoledage|weekend|weekender|time|timer|minutter|lektion|lektioner|måned)\\b`),
  /\b(dagligt|ugentligt|hver dag|hver uge|hver morgen|hver aften|om ugen|om dagen|om måneden|hver gang|alle skoledage|altid|aldrig|ingen)\b/,
  /\b(procent|fravær under)\b/,
];

/** Things a teacher, a parent or the child themself can see happen. */
const OBSERVABLE_BEHAVIOUR = [
  'møder op',
  'møder i skole',
  'kommer i skole',
  'er i skole',
  'går i skole',
  'står op',
  'spiser',
  'sover',
  'går i seng',
  'deltager',
  'henter',
  'afleverer',
  'ringer',
  'skriver',
  'laver lektier',
  'træner',
  'siger',
  'fortæller',
  'besøger',
  'mødes',
  'tager med',
  'cykler',
  'melder',
];

function normalize(text: string): string {
  return ` ${text.toLowerCase().replace(/\s+/g, ' ').trim()} `;
}

function containsPhrase(normalized: string, phrase: string): boolean {
  return new RegExp(`(^|[^a-zæøå])${phrase.replace(/ /g, '\\s+')}([^a-zæøå]|$)`).test(normalized);
}

export function vaguePhrasesIn(text: string): string[] {
  const normalized = normalize(text);
  return VAGUE_PHRASES.filter((phrase) => containsPhrase(normalized, phrase));
}

const MIN_SPECIFIC_WORDS = 4;

function specific(text: string): SmartVerdict {
  const vague = vaguePhrasesIn(text);
  if (vague.length > 0) {
    return { criterion: 'specific', met: false, message: `»${vague[0]}« siger ikke, hvad der konkret skal ske. Skriv hvad, hvem og hvor.` };
  }
  if (text.trim().split(/\s+/).filter(Boolean).length < MIN_SPECIFIC_WORDS) {
    return { criterion: 'specific', met: false, message: 'Målet er for kort til at sige, hvad der skal ske. Skriv en hel sætning.' };
  }
  return { criterion: 'specific', met: true, message: 'Målet siger, hvad der skal ske.' };
}

/** A date is not a measure: "inden 1.6" must not make a goal measurable. */
function withoutTimeExpressions(normalized: string): string {
  return TIME_PATTERNS.reduce((text, pattern) => text.replace(new RegExp(pattern.source, 'g'), ' '), normalized);
}

function measurable(text: string): SmartVerdict {
  const normalized = withoutTimeExpressions(normalize(text));
  const byNumber = MEASURE_PATTERNS.some((pattern) => pattern.test(normalized));
  const byBehaviour = OBSERVABLE_BEHAVIOUR.some((phrase) => containsPhrase(normalized, phrase));
  if (byNumber || byBehaviour) return { criterion: 'measurable', met: true, message: 'Man kan se, om målet er nået.' };
  return {
    criterion: 'measurable',
    met: false,
    message: 'Ingen tal, hyppighed eller noget man kan se. Hvordan ved alle, at målet er nået?',
  };
}

function timeBound(text: string, deadline: string | null | undefined): SmartVerdict {
  if (deadline) return { criterion: 'timeBound', met: true, message: 'Målet har en frist.' };
  const normalized = normalize(text);
  if (TIME_PATTERNS.some((pattern) => pattern.test(normalized))) {
    return { criterion: 'timeBound', met: true, message: 'Målet siger, hvornår det skal være nået.' };
  }
  return { criterion: 'timeBound', met: false, message: 'Ingen dato eller frist. Hvornår skal målet være nået?' };
}

function marked(criterion: 'attractive' | 'realistic', value: boolean | undefined): SmartVerdict {
  const ask = criterion === 'attractive' ? 'Markér, når målet er aftalt med barnet og familien.' : 'Markér, når I vurderer, at målet kan nås.';
  return { criterion, met: value === true, message: value ? 'Markeret af jer.' : ask };
}

export function checkSmart(input: SmartInput): SmartResult {
  const verdicts = [
    specific(input.text),
    measurable(input.text),
    marked('attractive', input.attractive),
    marked('realistic', input.realistic),
    timeBound(input.text, input.deadline),
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
