/**
 * The family's words (DOMAIN.md "Words the family reads"): what the shared screen and everything the family takes
 * home say instead of the professionals' terms. One vocabulary per map wording (Signs of Safety, Signs of
 * Wellbeing); a municipality may change any word per wording (Indstillinger → Kortet), as with the map labels, and
 * an empty field falls back to the default. `{navn}` in a word is the child's name, `{navns}` its possessive.
 *
 *   const words = familyWords(wording, settings.familyWords);   // the vocabulary, overrides applied
 *   words.harm                                                    // 'Det, der er sket'
 *   say(words['phase.child_voice'], 'Aya')                        // 'Det fortæller Aya'
 *   familyPhaseTitle(phase, words, 'Aya'), familyQuestion(q, 'Aya'), familyOrder(people) …
 */
import type { ReviewOutcome } from './agreements';
import type { MapLabels, MapWording } from './map';
import { MAP_COLUMNS, MAP_PARTS } from './map';
import { PHASE_DEFAULTS, type MeetingType, type PhaseKind } from './meetingTemplates';
import { ROLES, type Group, type Role } from './participants';
import { isDefaultScalingQuestion } from './caseDefaults';

const PHASE_WORD_KEYS = [
  'phase.welcome',
  'phase.introductions',
  'phase.since_last',
  'phase.child_voice',
  'phase.family_perspective',
  'phase.network_professionals',
  'phase.mapping',
  'phase.scaling',
  'phase.goals_agreements',
  'phase.next_meeting',
  'phase.closing',
] as const satisfies readonly `phase.${PhaseKind}`[];

/** Every word the family reads, in the order the settings list them. */
export const FAMILY_WORD_KEYS = [
  // The map: the three questions, then each part.
  ...MAP_COLUMNS,
  ...MAP_PARTS,
  // The scale: the question when the meeting kept the professional default, and what 0 and 10 mean.
  'scale.question',
  'scale.zero',
  'scale.ten',
  // What the meeting is called, its parts, and the headings of what the family takes home.
  'meeting.network_meeting',
  'meeting.follow_up',
  'meeting.resource_center',
  ...PHASE_WORD_KEYS,
  'heading.purpose',
  'heading.agenda',
  'heading.whoDoesWhat',
  'heading.nextMeeting',
  'heading.contact',
  'heading.summary',
] as const;
export type FamilyWordKey = (typeof FAMILY_WORD_KEYS)[number];
export type FamilyWords = Record<FamilyWordKey, string>;
/** What a municipality has changed, per wording; anything left out keeps the default. */
export type FamilyWordOverrides = Partial<Record<MapWording, Partial<FamilyWords>>>;

export const MAX_FAMILY_WORD_LENGTH = 120;

const COMMON: Omit<FamilyWords, 'danger_statements' | 'scale.zero'> = {
  worries: 'Hvad er vi bekymrede for?',
  working_well: 'Hvad virker godt?',
  next: 'Hvad skal der ske?',
  harm: 'Det, der er sket',
  complicating_factors: 'Det, der gør det svært',
  strengths: 'Det, der er godt',
  existing_safety: 'Det, der allerede hjælper',
  safety_goals: 'Det, vi vil nå',
  next_steps: 'Det næste, der skal ske',
  'scale.question': 'Hvor er vi i dag?',
  'scale.ten': 'Det går så godt, at vi ikke behøver at mødes mere',
  'meeting.network_meeting': 'Netværksmøde for {navn}',
  'meeting.follow_up': 'Opfølgningsmøde for {navn}',
  'meeting.resource_center': 'Møde om {navn}',
  'phase.welcome': 'Velkommen',
  'phase.introductions': 'Hvem er her?',
  'phase.since_last': 'Siden sidst',
  'phase.child_voice': 'Det fortæller {navn}',
  'phase.family_perspective': 'Det fortæller familien',
  'phase.network_professionals': 'Det fortæller netværket',
  'phase.mapping': 'Hvad går godt, og hvad er svært?',
  'phase.scaling': 'Hvor er vi nu?',
  'phase.goals_agreements': 'Hvem gør hvad – og hvornår?',
  'phase.next_meeting': 'Hvornår ses vi igen?',
  'phase.closing': 'Det tager vi med herfra',
  'heading.purpose': 'Derfor mødes vi',
  'heading.agenda': 'Det skal vi tale om',
  'heading.whoDoesWhat': 'Hvem gør hvad – og hvornår?',
  'heading.nextMeeting': 'Næste gang vi mødes',
  'heading.contact': 'Jeres kontaktperson',
  'heading.summary': 'Det talte vi om og aftalte',
};

/**
 * The defaults. Signs of Safety asks what will happen if nothing changes and scales down to "cannot live at home";
 * Signs of Wellbeing (early help) speaks of what can happen to the wellbeing and scales down to "really hard".
 */
export const DEFAULT_FAMILY_WORDS: Record<MapWording, FamilyWords> = {
  safety: {
    ...COMMON,
    danger_statements: 'Det, vi er bekymrede for, kan ske',
    'scale.zero': 'Det er så alvorligt, at {navn} ikke kan bo hjemme',
  },
  wellbeing: {
    ...COMMON,
    danger_statements: 'Det, vi er bekymrede for, kan ske, hvis intet ændrer sig',
    'scale.zero': 'Det er rigtig svært',
  },
};

/** The vocabulary of a wording with a municipality's changes applied (blank = the default), like `mapLabels`. */
export function familyWords(wording: MapWording, overrides: FamilyWordOverrides = {}): FamilyWords {
  const mine = overrides[wording] ?? {};
  const words = { ...DEFAULT_FAMILY_WORDS[wording] };
  for (const key of FAMILY_WORD_KEYS) {
    const custom = mine[key]?.trim();
    if (custom) words[key] = custom;
  }
  return words;
}

/** The map's column and part labels in the family's words (drop-in where the console uses `mapLabels`). */
export function familyMapLabels(words: FamilyWords): MapLabels {
  return Object.fromEntries([...MAP_COLUMNS, ...MAP_PARTS].map((key) => [key, words[key]])) as MapLabels;
}

/** Danish possessive of a name: Aya → Ayas, Mads → Mads', Felix → Felix'. */
export function possessive(name: string): string {
  const trimmed = name.trim();
  return /[sxzSXZ]$/.test(trimmed) ? `${trimmed}'` : `${trimmed}s`;
}

/** A family word with the child's name filled in. */
export function say(word: string, childName: string): string {
  return word.replaceAll('{navns}', possessive(childName)).replaceAll('{navn}', childName.trim());
}

/** How the family's papers speak of the child: the law's "den unge" from 15 (the age of own consent). */
export function childNoun(age: number): 'barnet' | 'den unge' {
  return age >= 15 ? 'den unge' : 'barnet';
}

/** The meeting's title on the shared screen and the family's papers: "Netværksmøde for Aya". */
export function familyMeetingTitle(type: MeetingType, words: FamilyWords, childName: string): string {
  return say(words[`meeting.${type}`], childName);
}

/**
 * A phase's title for the family: the family's word when the facilitator kept Kreds's default title for the phase
 * ("Kortlægning" → "Hvad går godt, og hvad er svært?"), otherwise the title the facilitator wrote.
 */
export function familyPhaseTitle(phase: { kind: PhaseKind; title: string }, words: FamilyWords, childName: string): string {
  const own = phase.title.trim();
  return own === PHASE_DEFAULTS[phase.kind].title ? say(words[`phase.${phase.kind}`], childName) : own;
}

const UNFINISHED = /…|\.\.\./;

/**
 * A question as the family reads it: "barnet" becomes the child's name ("Hvad ser du, der virker godt for Aya?").
 * A question left unfinished ("Hvad skal der til for at …?") is null: the shared screen never shows a literal "…".
 */
export function familyQuestion(question: string | null | undefined, childName: string): string | null {
  const text = question?.trim();
  if (!text || UNFINISHED.test(text)) return null;
  const name = childName.trim();
  return text
    .replace(/\b([Bb])arnets\b/g, () => possessive(name))
    .replace(/\b([Bb])arnet\b/g, () => name);
}

/** The scaling question for the family: Kreds's long professional default becomes the short family question. */
export function familyScalingQuestion(text: string, words: FamilyWords, childName: string): string {
  const trimmed = text.trim();
  if (isDefaultScalingQuestion(trimmed)) return say(words['scale.question'], childName);
  return familyQuestion(trimmed, childName) ?? say(words['scale.question'], childName);
}

/** What 0 and 10 mean, in one short sentence each, with the child's name. */
export function scaleAnchors(words: FamilyWords, childName: string): { zero: string; ten: string } {
  return { zero: say(words['scale.zero'], childName), ten: say(words['scale.ten'], childName) };
}

const GROUP_ORDER: Record<Group, number> = { family: 1, private_network: 2, professional: 3 };

/**
 * People as the family sees them listed: the child first, then family, private network and professionals; inside a
 * group by role (mother, father, siblings, grandparents …, as the role picker lists them), then in the order given.
 * Never alphabetical with the child somewhere in the middle.
 */
export function familyOrder<P extends { role: string; group: Group | string }>(people: P[]): P[] {
  const rank = (p: P) => (p.role === 'child' ? 0 : (GROUP_ORDER[p.group as Group] ?? 4));
  const roleRank = (p: P) => {
    const index = ROLES.indexOf(p.role as Role);
    return index < 0 ? ROLES.length : index;
  };
  return people
    .map((person, index) => ({ person, index }))
    .sort((a, b) => rank(a.person) - rank(b.person) || roleRank(a.person) - roleRank(b.person) || a.index - b.index)
    .map(({ person }) => person);
}

/** Roles as the family says them (short, no titles): a person's own description ("mormor") wins when given. */
export const FAMILY_ROLE_NAMES: Record<Role, string> = {
  child: 'barn',
  mother: 'mor',
  father: 'far',
  sibling: 'søskende',
  grandparent: 'bedsteforælder',
  foster_parent: 'plejeforælder',
  other_family: 'familie',
  network_person: 'netværk',
  support_person: 'bisidder',
  teacher: 'lærer',
  pedagogue: 'pædagog',
  health_visitor: 'sundhedsplejerske',
  ppr_psychologist: 'psykolog',
  social_worker: 'rådgiver',
  school_social_worker: 'skolesocialrådgiver',
  provider: 'støtte fra et tilbud',
  other: '',
};

export function familyRole(person: { role: string; roleDetail?: string }): string {
  return person.roleDetail?.trim() || FAMILY_ROLE_NAMES[person.role as Role] || '';
}

export const FAMILY_GROUP_NAMES: Record<Group, string> = { family: 'Familie', private_network: 'Netværk', professional: 'Fagpersoner' };

/** How an agreement went, as the family hears it at the next meeting (never only a colour). */
export const FAMILY_OUTCOME_WORDS: Record<ReviewOutcome, string> = {
  done: 'Lykkedes',
  partly: 'Lykkedes delvist',
  not_done: 'Ikke endnu',
};

/** The professional terms the family never reads (console and professional papers only), for checks of any text. */
export const PROFESSIONAL_TERMS = [
  'Skade',
  'Komplicerende faktorer',
  'Bekymringsudsagn',
  'Eksisterende sikkerhed',
  'Sikkerhedsmål',
  'Trivselsmål',
  'Næste skridt',
  'Kortlægning',
  'Skalering',
  'Inddragende netværksmøde',
  'Referat',
  'Fortroligt',
] as const;

/**
 * What a family-facing text must not hold, each with the offending words: professional terms, legal paragraphs,
 * case numbers, headings in capitals only and an unfinished "…". Empty when the text speaks the family's words.
 */
export function unfamilyWords(text: string): string[] {
  const found: string[] = [];
  for (const term of PROFESSIONAL_TERMS) if (new RegExp(`(^|[^\\p{L}])${term}($|[^\\p{L}])`, 'iu').test(text)) found.push(term);
  for (const match of text.matchAll(/§+\s*\d+/g)) found.push(match[0]);
  for (const match of text.matchAll(/\b(sagsnr\.?|j\.\s?nr\.?)\s*\S+/giu)) found.push(match[0]);
  for (const match of text.matchAll(/(^|[^\p{L}])(\p{Lu}{4,}(\s+\p{Lu}{2,})*)(?=$|[^\p{L}])/gu)) found.push(match[2]!);
  if (UNFINISHED.test(text)) found.push('…');
  return found;
}
