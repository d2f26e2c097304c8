/**
 * The case decides the method (DOMAIN.md "Signs of Safety", "Follow-up cadences"): what a case of each type starts
 * with until the worker chooses otherwise — the map's wording, the follow-up cadence and, from those, the scaling
 * question and the phrasing of the meeting templates. Also the young person's way to adult life (efterværn).
 *
 *   caseDefaults('placement')              // { wording: 'safety', cadence: 'placement' }
 *   scalingQuestionFor('wellbeing', 5)     // 'På en skala fra 0 til 10, hvor 10 er, at det går så godt …'
 *   nextMeetingQuestion(cadence, true)     // 'Hvornår mødes vi igen (om 2 uger, efter sagens kadence)?'
 *   adultTransition(2009, now)             // { eighteenIn: 2027, approxBirthday: '2027-07-01' } from the year they turn 17
 */
import type { CaseType } from './cases';
import { ageThisYear } from './cases';
import type { CadencePreset, CaseCadence } from './followups';
import type { MapWording } from './map';
import { PHASE_DEFAULTS, type PhaseTemplate } from './meetingTemplates';
import { DEFAULT_SCALING_QUESTION, DEFAULT_WELLBEING_SCALING_QUESTION, LEGACY_DEFAULT_SCALING_QUESTIONS } from './scaling';

export interface CaseDefaults {
  wording: MapWording;
  cadence: Exclude<CadencePreset, 'statutory_95'>;
}

/**
 * Early help (§ 30) and supportive measures (§ 32) speak of wellbeing (Signs of Wellbeing); an assessment (§§ 19–20),
 * a placement and a network case (the inddragende netværksforløb, often after a report) speak of safety. Cadence:
 * placement 2 weeks then every 6; supportive measures Herning's preventive cadence (4 weeks, then every 3 months);
 * the rest the network meeting's 6–8 weeks. § 95 needs the day the support started, so it is chosen, never a default.
 */
export const CASE_TYPE_DEFAULTS: Record<CaseType, CaseDefaults> = {
  early_preventive: { wording: 'wellbeing', cadence: 'network_meeting' },
  supportive: { wording: 'wellbeing', cadence: 'preventive' },
  assessment: { wording: 'safety', cadence: 'network_meeting' },
  placement: { wording: 'safety', cadence: 'placement' },
  network: { wording: 'safety', cadence: 'network_meeting' },
};

export function caseDefaults(caseType: CaseType): CaseDefaults {
  return CASE_TYPE_DEFAULTS[caseType];
}

/** The default cadence of a case type, as a full cadence record. */
export function defaultCadenceFor(caseType: CaseType): CaseCadence {
  return { preset: caseDefaults(caseType).cadence, overrideWeeks: null, reason: '', supportStartDate: null };
}

/**
 * The one scaling question a case starts with, phrased for its wording and the child's age: the safety scale ends in
 * "cannot live at home", the wellbeing scale in "really hard" (DOMAIN.md, words the family reads). From 15 the
 * safety scale speaks of "den unge".
 */
export function scalingQuestionFor(wording: MapWording, age: number): string {
  if (wording === 'wellbeing') return DEFAULT_WELLBEING_SCALING_QUESTION;
  return age >= 15 ? DEFAULT_SCALING_QUESTION.replaceAll('barnet', 'den unge') : DEFAULT_SCALING_QUESTION;
}

/** Whether a scaling question is one Kreds wrote (any wording, any age, earlier versions): safe to re-phrase. */
export function isDefaultScalingQuestion(text: string): boolean {
  const trimmed = text.trim();
  return (
    [DEFAULT_SCALING_QUESTION, DEFAULT_WELLBEING_SCALING_QUESTION, ...LEGACY_DEFAULT_SCALING_QUESTIONS].includes(trimmed) ||
    trimmed === scalingQuestionFor('safety', 15)
  );
}

/** When the next meeting should be, as people say it (DOMAIN.md's table), per preset: the first, then the rest. */
const DISTANCE: Record<CadencePreset, { first: string; then: string }> = {
  network_meeting: { first: 'om 6–8 uger', then: 'om 6–8 uger' },
  placement: { first: 'om 2 uger', then: 'om 6 uger' },
  preventive: { first: 'om 4 uger', then: 'om 3 måneder' },
  statutory_95: { first: 'senest 3 måneder efter, at støtten startede', then: 'om 6–8 uger' },
};

/** "om 2 uger" / "om 6–8 uger": when the next meeting should be in the case's cadence (its own after the first). */
export function cadenceDistance(cadence: CaseCadence, isFirst: boolean): string {
  if (!isFirst && cadence.overrideWeeks) return cadence.overrideWeeks === 1 ? 'om 1 uge' : `om ${cadence.overrideWeeks} uger`;
  return DISTANCE[cadence.preset][isFirst ? 'first' : 'then'];
}

/** The whole cadence in one phrase for the case page: "første opfølgning om 2 uger, derefter om 6 uger". */
export function cadencePhrase(cadence: CaseCadence): string {
  const [first, then] = [cadenceDistance(cadence, true), cadenceDistance(cadence, false)];
  return first === then ? `opfølgning ${first}` : `første opfølgning ${first}, derefter ${then}`;
}

/** The Næste møde phase's first question, in the case's cadence instead of the fixed "normalt om 6–8 uger". */
export function nextMeetingQuestion(cadence: CaseCadence, isFirst: boolean): string {
  return `Hvornår mødes vi igen (${cadenceDistance(cadence, isFirst)}, efter sagens kadence)?`;
}

/**
 * A new meeting's phases phrased for its case: the Næste møde question in the case's cadence. Only Kreds's own
 * default question is replaced; a question the user wrote is kept.
 */
export function phrasePhasesForCase<P extends Pick<PhaseTemplate, 'kind' | 'questions'>>(phases: P[], cadence: CaseCadence, isFirst: boolean): P[] {
  const fixed = PHASE_DEFAULTS.next_meeting.questions[0];
  return phases.map((phase) =>
    phase.kind === 'next_meeting' ? { ...phase, questions: phase.questions.map((q) => (q === fixed ? nextMeetingQuestion(cadence, isFirst) : q)) } : phase,
  );
}

/** From the year the young person turns 17, the way to adult life is raised (efterværn, Barnets Lov, 18–22). */
export const ADULT_TRANSITION_AGE = 17;
/** Efterværn runs until the young person turns 23; after that the prompt has nothing left to say. */
export const ADULT_TRANSITION_LAST_AGE = 22;

export interface AdultTransition {
  /** The year the young person turns 18. */
  eighteenIn: number;
  /** 1 July of that year: only the birth year is stored, so the day is an approximation and is said to be one. */
  approxBirthday: string;
  /** True once that year has come (the young person may already be 18). */
  eighteenThisYearOrPast: boolean;
}

export function adultTransition(birthYear: number, now: Date): AdultTransition | null {
  const age = ageThisYear(birthYear, now);
  if (age < ADULT_TRANSITION_AGE || age > ADULT_TRANSITION_LAST_AGE) return null;
  const eighteenIn = birthYear + 18;
  return { eighteenIn, approxBirthday: `${eighteenIn}-07-01`, eighteenThisYearOrPast: now.getFullYear() >= eighteenIn };
}

/** What 0 means on the case's scale, as the case page says it: "0 er, at den unge ikke kan bo hjemme". */
export function scaleZeroPhrase(wording: MapWording, age: number): string {
  if (wording === 'wellbeing') return '0 er, at det er rigtig svært';
  return `0 er, at ${age >= 15 ? 'den unge' : 'barnet'} ikke kan bo hjemme`;
}
