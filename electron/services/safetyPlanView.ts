import type { FamilyRule, NetworkMember, RuleReview, SafetyRule } from '../../shared/contract/safetyPlan';
import { ruleHints } from '../../shared/domain/safetyPlan';
import { planChanges, type PlanSnapshot, type RuleField } from '../../shared/domain/safetyPlanVersions';
import type { ServiceContext } from './context';
import { getCase } from './cases';
import { listMembers } from './safetyNetwork';
import { linkResolver, type LinkResolver } from './safetyPlanLinks';
import { versionRows } from './caseVersions';
import { latestSnapshot, reviewsByRule, ruleSnapshot, type RuleRow } from './safetyPlanRead';

/** The rules as the console shows them (everything) and as the family sees them (nothing fortroligt). */
export interface RuleContext {
  childName: string;
  members: NetworkMember[];
  reviews: Map<string, RuleReview[]>;
  /** The newest version, to say what changed since. */
  snapshot: PlanSnapshot | null;
  links: LinkResolver;
}

export function ruleContext(ctx: ServiceContext, caseId: string): RuleContext {
  return {
    childName: getCase(ctx, caseId).childName,
    members: listMembers(ctx, caseId),
    reviews: reviewsByRule(ctx, caseId),
    snapshot: latestSnapshot(versionRows(ctx, 'safety_plan_versions', caseId)),
    links: linkResolver(ctx, caseId),
  };
}

function sinceVersion(row: RuleRow, snapshot: PlanSnapshot | null, links: LinkResolver): 'new' | RuleField[] | null {
  if (!snapshot || row.retired_at) return null;
  const was = snapshot.rules.find((r) => r.id === row.id);
  if (!was) return 'new';
  const fields = planChanges({ ...snapshot, rules: [was] }, { ...snapshot, rules: [ruleSnapshot(row, links)] }).changed[0]?.fields;
  return fields ?? null;
}

export function buildRule(row: RuleRow, context: RuleContext): SafetyRule {
  const members = context.members.map((m) => ({ participantId: m.participantId, name: m.name, leftOn: m.leftOn, archived: m.archived }));
  const rule = {
    responsibleId: row.responsible_participant_id,
    reserveId: row.reserve_participant_id,
    childKnows: row.child_knows,
    networkChecks: row.network_checks,
    mapItemId: row.map_item_id,
  };
  return {
    id: row.id,
    position: row.position,
    situation: row.situation,
    action: row.action,
    responsibleName: row.responsible_name,
    reserveName: row.reserve_name,
    ...rule,
    link: context.links(row.map_item_id),
    professionalNote: row.professional_note,
    retired: row.retired_at !== null,
    reviews: context.reviews.get(row.id) ?? [],
    hints: row.retired_at ? [] : ruleHints(rule, members, context.childName),
    sinceVersion: sinceVersion(row, context.snapshot, context.links),
  };
}

export function toRule(ctx: ServiceContext, row: RuleRow): SafetyRule {
  return buildRule(row, ruleContext(ctx, row.case_id));
}

/** A rule for the family's eyes: no professional note, no fortroligt map text, the latest review's outcome. */
export function familyRule(rule: SafetyRule): FamilyRule {
  const last = rule.reviews.at(-1);
  return {
    id: rule.id,
    situation: rule.situation,
    action: rule.action,
    responsibleName: rule.responsibleName,
    reserveName: rule.reserveName,
    childKnows: rule.childKnows,
    networkChecks: rule.networkChecks,
    link: rule.link && !rule.link.confidential ? { part: rule.link.part, text: rule.link.text } : null,
    lastReview: last ? { outcome: last.outcome, whatHappened: last.whatHappened, meetingStartsAt: last.meetingStartsAt } : null,
    sinceVersion: rule.sinceVersion === null ? null : rule.sinceVersion === 'new' ? 'new' : 'changed',
  };
}
