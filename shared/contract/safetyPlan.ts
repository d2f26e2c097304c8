import { z } from 'zod';
import type { Group, Role } from '../domain/participants';
import {
  INVOLVEMENT_LEVELS,
  MAX_EXPECTED_MONTHS,
  MAX_STAGES,
  PLAN_CONTEXTS,
  REVIEW_OUTCOMES,
  SAFETY_LIMITS as L,
  type PlanContext,
  type ReviewOutcome,
  type Stage,
} from '../domain/safetyPlan';
import type { SafetyScreen } from '../domain/safetyPlanScreens';
import type { RuleField, RuleSnapshot } from '../domain/safetyPlanVersions';
import { channel, isoDay, optionalText, requiredText } from './define';
import type { CaseVersion, ScreenPosition } from './versions';

const id = z.string().uuid();

export const savePlanInput = z
  .object({
    caseId: id,
    context: z.enum(PLAN_CONTEXTS),
    purpose: optionalText(L.purpose),
    startsOn: isoDay,
    expectedMonths: z.number().int().min(1).max(MAX_EXPECTED_MONTHS),
    endedOn: isoDay.nullable().optional().default(null),
    endNote: optionalText(L.note),
  })
  .strict();
export type SavePlanInput = z.input<typeof savePlanInput>;

export const setMemberInput = z.object({ caseId: id, participantId: id, agreedTo: optionalText(L.agreedTo), joinedOn: isoDay }).strict();
export const leaveMemberInput = z.object({ caseId: id, participantId: id, leftOn: isoDay, reason: optionalText(L.note) }).strict();

/** Who holds the rule is checked by the service, so "no responsible person" gets its own plain message. */
const ruleFields = z.object({
  situation: requiredText(L.situation),
  action: requiredText(L.action),
  responsibleId: id.nullable(),
  reserveId: id.nullable().optional().default(null),
  childKnows: optionalText(L.childKnows),
  networkChecks: optionalText(L.networkChecks),
  /** A danger statement or safety goal on the case's map. */
  mapItemId: id.nullable().optional().default(null),
  /** Fortroligt: for professionals only, never on the shared screen or the family's copy. */
  professionalNote: optionalText(L.note),
});
export const addRuleInput = ruleFields.extend({ caseId: id }).strict();
export type AddRuleInput = z.input<typeof addRuleInput>;
export const updateRuleInput = ruleFields.extend({ id }).strict();
export type UpdateRuleInput = z.input<typeof updateRuleInput>;

export const reviewRuleInput = z
  .object({
    ruleId: id,
    meetingId: id,
    outcome: z.enum(REVIEW_OUTCOMES),
    whatHappened: optionalText(L.whatHappened),
    professionalNote: optionalText(L.note),
  })
  .strict();
export type ReviewRuleInput = z.input<typeof reviewRuleInput>;

export const stagesInput = z
  .object({
    caseId: id,
    stages: z
      .array(
        z
          .object({
            fromMonth: z.number().int().min(1).max(MAX_EXPECTED_MONTHS),
            involvement: z.enum(INVOLVEMENT_LEVELS),
            professionalsDo: optionalText(L.stageText),
            networkTakesOver: optionalText(L.stageText),
          })
          .strict(),
      )
      .max(MAX_STAGES, `Højst ${MAX_STAGES} trin`),
  })
  .strict();

export interface NetworkMember {
  id: string;
  participantId: string;
  name: string;
  role: Role;
  group: Group;
  agreedTo: string;
  joinedOn: string;
  leftOn: string | null;
  leftReason: string;
  /** The participant was archived on the case: no longer in the network, whatever was recorded. */
  archived: boolean;
  active: boolean;
}

export interface MapLinkOption {
  id: string;
  part: 'danger_statements' | 'safety_goals';
  text: string;
  confidential: boolean;
}

/** The map item a rule answers, followed to its newest copy; `current` is false when it is not on the newest map. */
export interface RuleLink extends MapLinkOption {
  current: boolean;
}

export interface RuleReview {
  id: string;
  meetingId: string;
  meetingStartsAt: string;
  outcome: ReviewOutcome;
  whatHappened: string;
  professionalNote: string;
}

export interface SafetyRule {
  id: string;
  position: number;
  situation: string;
  action: string;
  responsibleId: string;
  responsibleName: string;
  reserveId: string | null;
  reserveName: string | null;
  childKnows: string;
  networkChecks: string;
  mapItemId: string | null;
  link: RuleLink | null;
  professionalNote: string;
  retired: boolean;
  /** Oldest first. */
  reviews: RuleReview[];
  hints: string[];
  /** Since the newest version: 'new', the fields that changed, or null (unchanged, or no version yet). */
  sinceVersion: 'new' | RuleField[] | null;
}

export interface PlanInfo {
  context: PlanContext;
  purpose: string;
  startsOn: string;
  expectedMonths: number;
  expectedEnd: string;
  endedOn: string | null;
  endNote: string;
  /** The month of the plan today (1 = the first); 0 before it starts. */
  month: number;
  lengthHint: string | null;
}

export interface PlanStage extends Stage {
  id: string;
}

export type PlanVersion = CaseVersion;

export interface ReviewMeeting {
  id: string;
  startsAt: string;
  status: 'running' | 'held';
}

export interface SafetyPlanDetail {
  caseId: string;
  childName: string;
  plan: PlanInfo | null;
  /** Child excluded; people who left stay listed (with the date). */
  network: NetworkMember[];
  /** Active participants (not the child) who are not in the network, to add. */
  candidates: { participantId: string; name: string; role: Role; group: Group }[];
  /** In the plan's order; rules taken out come last. */
  rules: SafetyRule[];
  stages: PlanStage[];
  stageHints: string[];
  currentStageId: string | null;
  versions: PlanVersion[];
  /** The plan now against its newest version: null before the first version. */
  sinceVersion: { line: string; changed: boolean } | null;
  mapOptions: MapLinkOption[];
  /** Meetings a review can be recorded at (running or held), newest first. */
  reviewMeetings: ReviewMeeting[];
  tooManyRules: string | null;
  screen: { count: number; shown: number };
}

/** A rule as the family sees it: what a version freezes, its map item in the family's view, and how it went last. */
export interface FamilyRule extends Omit<RuleSnapshot, 'linkText'> {
  /** The danger statement or safety goal it answers; null when none or when that item is fortroligt. */
  link: { part: MapLinkOption['part']; text: string } | null;
  lastReview: { outcome: ReviewOutcome; whatHappened: string; meetingStartsAt: string } | null;
  sinceVersion: 'new' | 'changed' | null;
}

/**
 * The plan as the family and the network see it (shared screen, the family's copy): built on the host, so no
 * professional note, no text of a fortroligt map item and nobody who left the network ever reaches that window.
 */
export interface FamilySafetyPlan {
  caseId: string;
  childName: string;
  municipality: string;
  plan: Omit<PlanInfo, 'lengthHint' | 'endNote'> | null;
  stages: Stage[];
  currentStage: Stage | null;
  network: { participantId: string; name: string; role: Role; agreedTo: string }[];
  rules: FamilyRule[];
  version: { number: number; createdAt: string } | null;
  /** True when the plan was changed after its newest version (the copy says "udkast"). */
  draft: boolean;
  contact: { name: string; phone: string } | null;
  screens: SafetyScreen[];
  shownPage: number;
}

export const safetyPlanContract = {
  'safetyPlan.get': channel<SafetyPlanDetail>()(z.object({ caseId: id }).strict()),
  'safetyPlan.family': channel<FamilySafetyPlan>()(z.object({ caseId: id }).strict()),
  'safetyPlan.save': channel<SafetyPlanDetail>()(savePlanInput),
  'safetyPlan.setMember': channel<NetworkMember>()(setMemberInput),
  'safetyPlan.leaveMember': channel<NetworkMember>()(leaveMemberInput),
  'safetyPlan.addRule': channel<SafetyRule>()(addRuleInput),
  'safetyPlan.updateRule': channel<SafetyRule>()(updateRuleInput),
  'safetyPlan.retireRule': channel<SafetyRule>()(z.object({ id, retired: z.boolean() }).strict()),
  'safetyPlan.moveRule': channel<null>()(z.object({ id, toIndex: z.number().int().min(0).max(200) }).strict()),
  'safetyPlan.reviewRule': channel<RuleReview>()(reviewRuleInput),
  'safetyPlan.setStages': channel<PlanStage[]>()(stagesInput),
  'safetyPlan.saveVersion': channel<PlanVersion>()(z.object({ caseId: id, meetingId: id.nullable() }).strict()),
  'safetyPlan.showPage': channel<ScreenPosition>()(z.object({ caseId: id, page: z.number().int().min(0).max(500) }).strict()),
};
