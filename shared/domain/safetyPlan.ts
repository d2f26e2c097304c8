/**
 * The safety plan (sikkerhedsplan, DOMAIN.md "Signs of Safety"): everyday rules the family and its private safety
 * network (sikkerhedsnetværk) keep, so the child can live at home or return home. Typically 6–9 months; reviewed
 * rule by rule at every follow-up; the professionals step back as the network takes over.
 */
import { fromIsoDay, toIsoDay } from './dates';

/** Why the plan exists: to avoid a placement, or to bring the child home again (seed 004). */
export const PLAN_CONTEXTS = ['at_home', 'returning_home'] as const;
export type PlanContext = (typeof PLAN_CONTEXTS)[number];

/** A rule at a follow-up: it holds, it needs changing, or it was broken (with what happened). */
export const REVIEW_OUTCOMES = ['holds', 'needs_change', 'broken'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** How close the professionals are, stepping down until the network carries the plan alone. */
export const INVOLVEMENT_LEVELS = ['close', 'regular', 'light', 'network_alone'] as const;
export type InvolvementLevel = (typeof INVOLVEMENT_LEVELS)[number];

/** Lengths that keep a rule short enough to remember, and to show one rule or more per shared-screen page. */
export const SAFETY_LIMITS = {
  purpose: 200,
  situation: 120,
  action: 200,
  childKnows: 200,
  networkChecks: 200,
  agreedTo: 240,
  stageText: 200,
  note: 1000,
  whatHappened: 1000,
} as const;

export const DEFAULT_EXPECTED_MONTHS = 9;
export const TYPICAL_MONTHS = { min: 6, max: 9 } as const;
export const MAX_EXPECTED_MONTHS = 24;
/** Beyond this many rules the family's copy no longer fits one A4 and the plan is hard to remember. */
export const MAX_RULES_TO_REMEMBER = 8;
export const MAX_STAGES = 6;

/** `day` plus whole months, kept inside the month (31.01 + 1 month = 28/29.02). */
export function addMonths(day: string, months: number): string {
  const start = fromIsoDay(day);
  const target = new Date(start.getFullYear(), start.getMonth() + months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(start.getDate(), lastDay));
  return toIsoDay(target);
}

/** The last day of the expected period: the day before the same date `months` later. */
export function expectedEnd(startsOn: string, months: number): string {
  const end = fromIsoDay(addMonths(startsOn, months));
  end.setDate(end.getDate() - 1);
  return toIsoDay(end);
}

/** The month of the plan `today` falls in, from 1; 0 before it starts. It may exceed the expected length. */
export function planMonth(startsOn: string, today: string): number {
  if (today < startsOn) return 0;
  let month = 1;
  while (addMonths(startsOn, month) <= today) month++;
  return month;
}

export function lengthHint(months: number): string | null {
  if (months >= TYPICAL_MONTHS.min && months <= TYPICAL_MONTHS.max) return null;
  return `En sikkerhedsplan løber typisk ${TYPICAL_MONTHS.min}–${TYPICAL_MONTHS.max} måneder (planen her: ${months}).`;
}

export function tooManyRules(activeRules: number): string | null {
  if (activeRules <= MAX_RULES_TO_REMEMBER) return null;
  return `Planen har ${activeRules} regler. En plan, familien kan huske, har få regler – og familiens udgave fylder nu mere end én side.`;
}

export interface Stage {
  fromMonth: number;
  involvement: InvolvementLevel;
  professionalsDo: string;
  networkTakesOver: string;
}

/** The stage in force in a given month of the plan (the last one that has started), or null before the first. */
export function stageAt<T extends Pick<Stage, 'fromMonth'>>(stages: T[], month: number): T | null {
  return [...stages].sort((a, b) => a.fromMonth - b.fromMonth).filter((s) => s.fromMonth <= month).at(-1) ?? null;
}

/**
 * What is wrong with the steps down, as Danish hints (saving is not blocked: a broken rule can make the
 * professionals come closer again for a while, which the hint names).
 */
export function stageHints(stages: Stage[], expectedMonths: number): string[] {
  const hints: string[] = [];
  const sorted = [...stages].sort((a, b) => a.fromMonth - b.fromMonth);
  if (sorted.length && sorted[0]!.fromMonth !== 1) hints.push('Det første trin bør begynde i planens første måned.');
  for (let i = 1; i < sorted.length; i++) {
    const [before, now] = [sorted[i - 1]!, sorted[i]!];
    if (INVOLVEMENT_LEVELS.indexOf(now.involvement) < INVOLVEMENT_LEVELS.indexOf(before.involvement)) {
      hints.push(`Fra måned ${now.fromMonth} kommer fagpersonerne tættere på igen. Er det meningen (fx efter en brudt regel)?`);
    }
  }
  if (sorted.some((s) => s.fromMonth > expectedMonths)) hints.push(`Et trin begynder efter planens forventede længde (${expectedMonths} måneder).`);
  if (sorted.length && sorted.at(-1)!.involvement !== 'network_alone') hints.push('Det sidste trin bør være, at netværket klarer det selv.');
  return hints;
}

/** Checks a stage list before it is saved: months must rise and be unique. A Danish message, or null. */
export function stageError(stages: Pick<Stage, 'fromMonth'>[], expectedMonths: number): string | null {
  const months = stages.map((s) => s.fromMonth);
  if (new Set(months).size !== months.length) return 'To trin kan ikke begynde i samme måned.';
  if (months.some((m, i) => i > 0 && m < months[i - 1]!)) return 'Trinene skal stå i rækkefølge efter måned.';
  if (months.some((m) => m > Math.max(expectedMonths, MAX_EXPECTED_MONTHS))) return `Et trin kan højst begynde i måned ${MAX_EXPECTED_MONTHS}.`;
  return null;
}

export interface NetworkMemberLike {
  participantId: string;
  name: string;
  leftOn: string | null;
  archived: boolean;
}

export function isActiveMember(member: Pick<NetworkMemberLike, 'leftOn' | 'archived'>): boolean {
  return member.leftOn === null && !member.archived;
}

/**
 * Who holds a rule: a responsible person and, ideally, a reserve, both in the safety network now. Returns the
 * field and a Danish message for the first problem, or null. Applied when a rule is saved.
 */
export function responsibilityError(
  rule: { responsibleId: string | null; reserveId: string | null },
  members: NetworkMemberLike[],
): { field: 'responsibleId' | 'reserveId'; message: string } | null {
  const byId = new Map(members.map((m) => [m.participantId, m]));
  const problem = (id: string, role: string) => {
    const member = byId.get(id);
    if (!member) return `${role} skal være med i sikkerhedsnetværket. Føj personen til netværket først.`;
    if (!isActiveMember(member)) return `${member.name} er ikke længere med i sikkerhedsnetværket. Vælg en anden, eller føj ${member.name} til netværket igen.`;
    return null;
  };
  if (!rule.responsibleId) return { field: 'responsibleId', message: 'Vælg, hvem der har ansvaret for reglen.' };
  const responsible = problem(rule.responsibleId, 'Den ansvarlige');
  if (responsible) return { field: 'responsibleId', message: responsible };
  if (rule.reserveId && rule.reserveId === rule.responsibleId) return { field: 'reserveId', message: 'Reserven skal være en anden end den ansvarlige.' };
  const reserve = rule.reserveId ? problem(rule.reserveId, 'Reserven') : null;
  return reserve ? { field: 'reserveId', message: reserve } : null;
}

export interface RuleLike {
  responsibleId: string;
  reserveId: string | null;
  childKnows: string;
  networkChecks: string;
  mapItemId: string | null;
}

/**
 * What a saved rule still lacks, as nudges beside it: the method asks for a link to the map, a reserve, how the
 * child knows and how the network checks; and a person who has left the network since makes the rule hang loose.
 */
export function ruleHints(rule: RuleLike, members: NetworkMemberLike[], childName: string): string[] {
  const hints: string[] = [];
  const byId = new Map(members.map((m) => [m.participantId, m]));
  for (const [id, role] of [[rule.responsibleId, 'ansvarlige'], [rule.reserveId, 'reserve']] as const) {
    const member = id ? byId.get(id) : undefined;
    if (id && (!member || !isActiveMember(member))) hints.push(`Reglens ${role}, ${member?.name ?? 'personen'}, er ikke længere med i sikkerhedsnetværket.`);
  }
  if (!rule.reserveId) hints.push('Der er ingen reserve, hvis den ansvarlige ikke kan.');
  if (!rule.childKnows.trim()) hints.push(`Skriv, hvordan ${childName} ved det og kan bede om hjælp.`);
  if (!rule.networkChecks.trim()) hints.push('Skriv, hvordan netværket tjekker, at reglen virker.');
  if (!rule.mapItemId) hints.push('Reglen er ikke knyttet til et bekymringsudsagn eller et sikkerhedsmål fra kortet.');
  return hints;
}

export type ReviewCounts = Record<ReviewOutcome, number>;

export function reviewCounts(outcomes: ReviewOutcome[]): ReviewCounts {
  const counts: ReviewCounts = { holds: 0, needs_change: 0, broken: 0 };
  for (const outcome of outcomes) counts[outcome]++;
  return counts;
}
