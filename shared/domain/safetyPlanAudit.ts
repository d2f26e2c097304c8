/**
 * Audit summaries for the safety plan, its safety network and Barnets bog (issue 22). The rules of what may be
 * written are in audit.ts: a rule is a shared item (it is on the shared screen), so its situation is quoted short;
 * what happens, how the child knows, how the network checks, what happened at a review and every professional
 * note are only named. People appear by name, as the screens show them. The story's words are the child's book
 * and are never written, not even quoted: a page is named by its number.
 */
import safetyPlanDa from '../i18n/da/safetyPlan.json';
import { asDate, asLabel, asLowerLabel, auditSummary, countOf, MAX_SUMMARY_LENGTH, shorten, type CapabilityAudit, type SummaryField } from './audit';
import { formatDate } from './dates';

/** The safety plan (its network, rules, reviews, stages and versions) and the page the shared screen shows. */
export const safetyPlanAudit: CapabilityAudit = {
  capability: 'safetyPlan',
  entities: ['safety_plan', 'safety_network', 'safety_plan_rule', 'safety_plan_review', 'safety_plan_stages', 'safety_plan_version', 'shared_screen'],
};
/** Barnets bog shares the version and shared-screen lines above; its own are the book and its pages. */
export const childStoryAudit: CapabilityAudit = { capability: 'childStory', entities: ['child_story', 'child_story_page', 'child_story_version'] };

export interface SafetyPlanAudit {
  context: string;
  purpose: string;
  startsOn: string;
  expectedMonths: number;
  endedOn: string | null;
  endNote: string;
}
const PLAN_FIELDS: SummaryField<SafetyPlanAudit>[] = [
  { key: 'context', label: 'situation', format: asLowerLabel(safetyPlanDa.context) },
  { key: 'startsOn', label: 'start', format: asDate },
  { key: 'expectedMonths', label: 'forventet længde', format: (v) => countOf(Number(v), 'måned', 'måneder') },
  { key: 'endedOn', label: 'afsluttet', format: asDate },
  { key: 'purpose', label: 'formål', text: true },
  { key: 'endNote', label: 'afslutning', text: true },
];
export const safetyPlanSummary = (before: SafetyPlanAudit | null, after: SafetyPlanAudit) =>
  auditSummary({ what: 'Sikkerhedsplan', name: null, fields: PLAN_FIELDS, before, after });

export interface MemberAudit {
  agreedTo: string;
  joinedOn: string;
  leftOn: string | null;
  leftReason: string;
}
const MEMBER_FIELDS: SummaryField<MemberAudit>[] = [
  { key: 'joinedOn', label: 'med fra', format: asDate },
  { key: 'leftOn', label: 'ikke længere med fra', format: asDate },
  { key: 'agreedTo', label: 'det, personen har sagt ja til,', text: true },
  { key: 'leftReason', label: 'begrundelse', text: true },
];
/** Joining, changing what one agreed to, leaving: the person is named as the network screens name them. */
export function memberSummary(name: string, before: MemberAudit | null, after: MemberAudit): string {
  const who = `Sikkerhedsnetværk: ${shorten(name)}`;
  if (!before || (before.leftOn && !after.leftOn)) {
    return `${who} er med fra ${formatDate(after.joinedOn)}${after.agreedTo ? ' (har sagt ja til en opgave)' : ''}${before ? ' igen' : ''}`;
  }
  if (!before.leftOn && after.leftOn) return `${who} er ikke længere med (fra ${formatDate(after.leftOn)})${after.leftReason ? '; begrundelse skrevet' : ''}`;
  return auditSummary({ what: 'Sikkerhedsnetværk', name, fields: MEMBER_FIELDS, before, after });
}

export interface RuleAudit {
  situation: string;
  action: string;
  responsibleName: string;
  reserveName: string | null;
  childKnows: string;
  networkChecks: string;
  mapItemId: string | null;
  professionalNote: string;
  retired: boolean;
}
const RULE_FIELDS: SummaryField<RuleAudit>[] = [
  { key: 'responsibleName', label: 'ansvarlig' },
  { key: 'reserveName', label: 'reserve' },
  { key: 'situation', label: 'situation', text: true },
  { key: 'action', label: 'det, der sker', text: true },
  { key: 'childKnows', label: 'sådan ved barnet det', text: true },
  { key: 'networkChecks', label: 'sådan tjekker netværket', text: true },
  { key: 'mapItemId', label: 'kobling til kortet', text: true },
  { key: 'professionalNote', label: 'fagligt notat (fortroligt)', text: true },
];
/** Named by its situation as it was before a change (the new wording is only "situation ændret"). */
export function ruleSummary(before: RuleAudit | null, after: RuleAudit | null): string {
  const name = (before ?? after)!.situation;
  if (before && after && before.retired !== after.retired) return `Regel i sikkerhedsplanen "${shorten(name)}" ${after.retired ? 'taget ud af planen' : 'sat i planen igen'}`;
  return auditSummary({ what: 'Regel i sikkerhedsplanen', name, fields: RULE_FIELDS, before, after });
}

export const ruleMoveSummary = (situation: string, from: number, to: number) => `Regel i sikkerhedsplanen "${shorten(situation)}" flyttet: nr. ${from} → nr. ${to}`;

export interface ReviewAudit {
  outcome: string;
  whatHappened: string;
  professionalNote: string;
}
const REVIEW_FIELDS: SummaryField<ReviewAudit>[] = [
  { key: 'outcome', label: 'vurdering', format: asLowerLabel(safetyPlanDa.outcome) },
  { key: 'whatHappened', label: 'det, der skete,', text: true },
  { key: 'professionalNote', label: 'fagligt notat (fortroligt)', text: true },
];
export function ruleReviewSummary(situation: string, meetingStartsAt: string, before: ReviewAudit | null, after: ReviewAudit): string {
  const what = `Regel "${shorten(situation)}" gennemgået på mødet ${formatDate(meetingStartsAt)}`;
  if (before) return shorten(auditSummary({ what, name: null, fields: REVIEW_FIELDS, before, after }), MAX_SUMMARY_LENGTH);
  const written = [after.whatHappened && 'det, der skete, skrevet', after.professionalNote && 'fagligt notat skrevet'].filter(Boolean);
  return shorten(`${what}: ${asLowerLabel(safetyPlanDa.outcome)(after.outcome)}${written.length ? `; ${written.join('; ')}` : ''}`, MAX_SUMMARY_LENGTH);
}

/** The steps down as levels and months ("tæt opfølgning fra måned 1, let opfølgning fra måned 4"), never their texts. */
export function stagesSummary(before: { fromMonth: number; involvement: string }[], after: { fromMonth: number; involvement: string }[]): string {
  const line = (stages: typeof after) =>
    stages.length ? stages.map((s) => `${asLowerLabel(safetyPlanDa.involvement)(s.involvement)} fra måned ${s.fromMonth}`).join(', ') : 'ingen trin';
  return shorten(`Nedtrapning af fagpersonernes rolle: ${line(before)} → ${line(after)}`, MAX_SUMMARY_LENGTH);
}

export const versionSummary = (what: 'Sikkerhedsplan' | 'Barnets bog', number: number, meetingStartsAt: string | null, changes: string) =>
  shorten(`${what} version ${number} gemt${meetingStartsAt ? ` (møde ${formatDate(meetingStartsAt)})` : ''}: ${changes}`, MAX_SUMMARY_LENGTH);

export const screenPageSummary = (what: 'sikkerhedsplanen' | 'Barnets bog', page: number, count: number) =>
  `Fællesskærmen viser ${what}: side ${page + 1} af ${count}`;

export interface StoryAudit {
  title: string;
  writtenBy: string;
}
const STORY_FIELDS: SummaryField<StoryAudit>[] = [
  { key: 'title', label: 'titel', text: true },
  { key: 'writtenBy', label: 'skrevet af', text: true },
];
export const storySummary = (before: StoryAudit | null, after: StoryAudit) => auditSummary({ what: 'Barnets bog', name: null, fields: STORY_FIELDS, before, after });

const PICTURE: Record<string, string> = { drawing: 'tegning', photo: 'foto' };
export interface StoryPageAudit {
  number: number;
  textChanged: boolean;
  /** The picture before and after: 'drawing', 'photo' or null. */
  pictureBefore: string | null;
  pictureAfter: string | null;
  pictureChanged: boolean;
}
/** A page is named by its number; its words and picture never appear, only that they changed. */
export function storyPageSummary(action: 'create' | 'update' | 'delete', page: StoryPageAudit): string {
  const what = `Barnets bog, side ${page.number}`;
  if (action === 'create') return `${what} oprettet ${page.pictureAfter ? `med ${asLabel(PICTURE)(page.pictureAfter)}` : 'uden billede'}`;
  if (action === 'delete') return `${what} slettet`;
  const picture = !page.pictureChanged
    ? null
    : !page.pictureAfter
      ? `${asLabel(PICTURE)(page.pictureBefore)} fjernet`
      : page.pictureBefore
        ? `${asLabel(PICTURE)(page.pictureAfter)} skiftet`
        : `${asLabel(PICTURE)(page.pictureAfter)} tilføjet`;
  const changes = [page.textChanged ? 'tekst ændret' : null, picture].filter(Boolean);
  return changes.length ? `${what}: ${changes.join('; ')}` : `${what} ændret`;
}

export const storyMoveSummary = (from: number, to: number) => `Barnets bog: side ${from} flyttet til side ${to}`;
