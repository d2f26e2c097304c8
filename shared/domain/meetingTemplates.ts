/**
 * Meeting types and their default phase templates (DOMAIN.md, "The meeting"). The keys below are shared by every
 * slice that plugs into a phase (map, scaling, agreements, next meeting): never rename them.
 */

/** The inddragende netværksmøde, every phase in its order; the other meeting types leave phases out. */
const NETWORK_MEETING_PHASES = [
  'welcome',
  'introductions',
  'child_voice',
  'family_perspective',
  'network_professionals',
  'mapping',
  'scaling',
  'goals_agreements',
  'next_meeting',
  'closing',
] as const;
/** Every phase kind: the network meeting's, and the follow-up's look back at last time's agreements. */
export const PHASE_KINDS = [...NETWORK_MEETING_PHASES, 'since_last'] as const;
export type PhaseKind = (typeof PHASE_KINDS)[number];

export const MEETING_TYPES = ['network_meeting', 'follow_up', 'resource_center'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  network_meeting: 'Inddragende netværksmøde',
  follow_up: 'Opfølgningsmøde',
  resource_center: 'Ressourcecentermøde',
};

/** Who leads: the family's own caseworker, or a trained facilitator who is not the family's caseworker. */
export const LEAD_KINDS = ['caseworker', 'neutral_facilitator'] as const;
export type LeadKind = (typeof LEAD_KINDS)[number];

/** The form the notes take, agreed before the meeting. */
export const NOTE_FORMS = ['beslutningsreferat', 'arbejdspapir', 'referat'] as const;
export type NoteForm = (typeof NOTE_FORMS)[number];

export interface PhaseTemplate {
  kind: PhaseKind;
  title: string;
  plannedMinutes: number;
  /** Solution-focused questions the facilitator can ask (and show on the shared screen). */
  questions: string[];
}

export const PHASE_DEFAULTS: Record<PhaseKind, PhaseTemplate> = {
  welcome: {
    kind: 'welcome',
    title: 'Velkomst og formål',
    plannedMinutes: 10,
    questions: [
      'Hvad er det bedste, der kan komme ud af mødet i dag?',
      'Hvordan ved vi, når vi går herfra, at mødet har været godt?',
      'Hvad er vigtigst at nå i dag?',
    ],
  },
  introductions: {
    kind: 'introductions',
    title: 'Præsentation',
    plannedMinutes: 10,
    questions: [
      'Hvem er du, og hvad er din forbindelse til barnet?',
      'Hvad er du god til, som kan hjælpe her?',
      'Hvad håber du, at du kan bidrage med?',
    ],
  },
  child_voice: {
    kind: 'child_voice',
    title: 'Barnets stemme',
    plannedMinutes: 15,
    questions: [
      'Hvad går godt lige nu?',
      'Hvad er du glad for i din hverdag?',
      'Hvad bekymrer dig, eller hvad er svært?',
      'Hvis du kunne ønske én ting, hvad skulle det så være?',
      'Hvem kan du gå til, når noget er svært?',
    ],
  },
  family_perspective: {
    kind: 'family_perspective',
    title: 'Familiens perspektiv',
    plannedMinutes: 15,
    questions: [
      'Hvad går godt i familien lige nu?',
      'Hvad har I allerede prøvet, som har hjulpet?',
      'Hvad er I mest bekymrede for?',
      'Hvad skal der til for at hverdagen bliver lidt lettere?',
    ],
  },
  network_professionals: {
    kind: 'network_professionals',
    title: 'Netværk og fagpersoner',
    plannedMinutes: 20,
    questions: [
      'Hvad ser du, der virker godt for barnet?',
      'Hvornår går det bedst – og hvad er anderledes der?',
      'Hvad er du bekymret for, sagt så familien kan genkende det?',
      'Hvad kan du bidrage med fremover?',
    ],
  },
  mapping: {
    kind: 'mapping',
    title: 'Kortlægning',
    plannedMinutes: 20,
    questions: ['Hvad er vi bekymrede for?', 'Hvad virker godt?', 'Hvad skal der ske?'],
  },
  scaling: {
    kind: 'scaling',
    title: 'Skalering',
    plannedMinutes: 10,
    questions: [
      'Hvor er vi i dag på en skala fra 0 til 10?',
      'Hvad gør, at du siger det tal og ikke et lavere?',
      'Hvad skal der til for at komme ét trin op?',
    ],
  },
  goals_agreements: {
    kind: 'goals_agreements',
    title: 'Mål og aftaler',
    plannedMinutes: 20,
    questions: [
      'Hvad skal der til, for at det går godt for barnet?',
      'Hvem gør hvad, og hvornår?',
      'Hvordan kan vi se, at det virker?',
      'Hvem kan hjælpe, hvis det går i stå?',
    ],
  },
  next_meeting: {
    kind: 'next_meeting',
    title: 'Næste møde',
    plannedMinutes: 5,
    questions: ['Hvornår mødes vi igen (normalt om 6–8 uger)?', 'Hvem skal med næste gang?', 'Hvor skal vi mødes?'],
  },
  closing: {
    kind: 'closing',
    title: 'Afrunding',
    plannedMinutes: 5,
    questions: ['Hvad tager du med herfra i dag?', 'Hvordan har det været at være med til mødet?', 'Er der noget, vi har glemt?'],
  },
  since_last: {
    kind: 'since_last',
    title: 'Siden sidst',
    plannedMinutes: 15,
    questions: [
      'Hvad er blevet bedre siden sidst?',
      'Hvilke aftaler er lykkedes – helt eller delvist?',
      'Hvad har gjort forskellen?',
      'Hvad er ikke lykkedes endnu, og hvad stod i vejen?',
    ],
  },
};

const ORDER: Record<MeetingType, PhaseKind[]> = {
  network_meeting: [...NETWORK_MEETING_PHASES],
  // A follow-up opens with the agreements of last time, then hears the child and family first again, and revisits
  // the map (carried forward from last time) before scaling: Signs of Safety maps at every meeting.
  follow_up: ['since_last', 'child_voice', 'family_perspective', 'network_professionals', 'mapping', 'scaling', 'goals_agreements', 'next_meeting', 'closing'],
  // Professionals only, sparring about one concrete concern: no child or family phases.
  resource_center: ['welcome', 'introductions', 'network_professionals', 'mapping', 'goals_agreements', 'closing'],
};

/** A ressourcecentermøde has no family in the room: its questions are put to professionals. */
const PROFESSIONALS_ONLY_QUESTIONS: Partial<Record<PhaseKind, string[]>> = {
  network_professionals: [
    'Hvad er den konkrete bekymring, vi skal sparre om?',
    'Hvad har du set, og hvornår går det bedst for barnet?',
    'Hvad kan du bidrage med fremover?',
  ],
  closing: ['Hvad tager du med herfra i dag?', 'Hvem fortæller familien, hvad vi er kommet frem til?', 'Er der noget, vi har glemt?'],
};

/** The default phase list of a meeting type (fresh copies: callers may edit them). */
export function defaultPhases(type: MeetingType): PhaseTemplate[] {
  return ORDER[type].map((kind) => {
    const questions = (type === 'resource_center' && PROFESSIONALS_ONLY_QUESTIONS[kind]) || PHASE_DEFAULTS[kind].questions;
    // At a follow-up the map is revisited, not drawn from scratch: a shorter slot.
    const plannedMinutes = type === 'follow_up' && kind === 'mapping' ? 15 : PHASE_DEFAULTS[kind].plannedMinutes;
    return { ...PHASE_DEFAULTS[kind], plannedMinutes, questions: [...questions] };
  });
}

export const DEFAULT_TEMPLATES: Record<MeetingType, PhaseTemplate[]> = {
  network_meeting: defaultPhases('network_meeting'),
  follow_up: defaultPhases('follow_up'),
  resource_center: defaultPhases('resource_center'),
};

/** A ressourcecentermøde is professionals only: there is no family-facing shared screen. */
export function hasPresenterView(type: MeetingType): boolean {
  return type !== 'resource_center';
}

export function plannedTotalMinutes(phases: Pick<PhaseTemplate, 'plannedMinutes'>[]): number {
  return phases.reduce((sum, p) => sum + p.plannedMinutes, 0);
}
