import type { PlanStage, RuleReview } from '../../shared/contract/safetyPlan';
import type { InvolvementLevel, PlanContext, ReviewOutcome } from '../../shared/domain/safetyPlan';
import type { PlanSnapshot, RuleSnapshot } from '../../shared/domain/safetyPlanVersions';
import { KredsError } from '../../shared/errors';
import type { ServiceContext } from './context';
import { listMembers } from './safetyNetwork';
import type { VersionRow } from './caseVersions';
import type { LinkResolver } from './safetyPlanLinks';

/** The safety plan's rows as the services read them; the views (console, family, versions) are built from these. */
export interface PlanRow {
  case_id: string;
  context: PlanContext;
  purpose: string;
  starts_on: string;
  expected_months: number;
  ended_on: string | null;
  end_note: string;
}

export interface RuleRow {
  id: string;
  case_id: string;
  position: number;
  situation: string;
  action: string;
  responsible_participant_id: string;
  reserve_participant_id: string | null;
  child_knows: string;
  network_checks: string;
  map_item_id: string | null;
  professional_note: string;
  retired_at: string | null;
  responsible_name: string;
  reserve_name: string | null;
}

export function planRow(ctx: ServiceContext, caseId: string): PlanRow | undefined {
  return ctx.db.prepare('SELECT * FROM safety_plans WHERE case_id = ?').get(caseId) as PlanRow | undefined;
}

export function requirePlan(ctx: ServiceContext, caseId: string): PlanRow {
  const plan = planRow(ctx, caseId);
  if (!plan) throw new KredsError('conflict', 'Start sikkerhedsplanen først: vælg startdato og forventet længde.');
  return plan;
}

const RULE_SELECT = `SELECT r.*, p.name AS responsible_name, q.name AS reserve_name FROM safety_plan_rules r
  JOIN participants p ON p.id = r.responsible_participant_id LEFT JOIN participants q ON q.id = r.reserve_participant_id`;

/** Rules in the plan's order; those taken out of the plan last. */
export function ruleRows(ctx: ServiceContext, caseId: string): RuleRow[] {
  return ctx.db.prepare(`${RULE_SELECT} WHERE r.case_id = ? ORDER BY r.retired_at IS NOT NULL, r.position, r.created_at`).all(caseId) as RuleRow[];
}

export function ruleRow(ctx: ServiceContext, id: string): RuleRow {
  const row = ctx.db.prepare(`${RULE_SELECT} WHERE r.id = ?`).get(id) as RuleRow | undefined;
  if (!row) throw new KredsError('not_found', 'Reglen findes ikke (den kan være slettet)');
  return row;
}

/** Every review of the case's rules, oldest meeting first, grouped by rule. */
export function reviewsByRule(ctx: ServiceContext, caseId: string): Map<string, RuleReview[]> {
  const rows = ctx.db
    .prepare(
      `SELECT v.id, v.rule_id, v.meeting_id, m.starts_at, v.outcome, v.what_happened, v.professional_note FROM safety_plan_reviews v
       JOIN safety_plan_rules r ON r.id = v.rule_id JOIN meetings m ON m.id = v.meeting_id WHERE r.case_id = ? ORDER BY m.starts_at, v.reviewed_at`,
    )
    .all(caseId) as { id: string; rule_id: string; meeting_id: string; starts_at: string; outcome: ReviewOutcome; what_happened: string; professional_note: string }[];
  const byRule = new Map<string, RuleReview[]>();
  for (const r of rows) {
    const list = byRule.get(r.rule_id) ?? [];
    list.push({ id: r.id, meetingId: r.meeting_id, meetingStartsAt: r.starts_at, outcome: r.outcome, whatHappened: r.what_happened, professionalNote: r.professional_note });
    byRule.set(r.rule_id, list);
  }
  return byRule;
}

export function stageRows(ctx: ServiceContext, caseId: string): PlanStage[] {
  const rows = ctx.db.prepare('SELECT * FROM safety_plan_stages WHERE case_id = ? ORDER BY position').all(caseId) as {
    id: string;
    from_month: number;
    involvement: InvolvementLevel;
    professionals_do: string;
    network_takes_over: string;
  }[];
  return rows.map((r) => ({ id: r.id, fromMonth: r.from_month, involvement: r.involvement, professionalsDo: r.professionals_do, networkTakesOver: r.network_takes_over }));
}

export function ruleSnapshot(row: RuleRow, links: LinkResolver): RuleSnapshot {
  const link = links(row.map_item_id);
  return {
    id: row.id,
    situation: row.situation,
    action: row.action,
    responsibleName: row.responsible_name,
    reserveName: row.reserve_name,
    childKnows: row.child_knows,
    networkChecks: row.network_checks,
    linkText: link && !link.confidential ? link.text : null,
  };
}

/** The plan as the family and network agreed it: what a version freezes (nothing fortroligt). */
export function planSnapshot(ctx: ServiceContext, plan: PlanRow, rules: RuleRow[], links: LinkResolver): PlanSnapshot {
  return {
    context: plan.context,
    purpose: plan.purpose,
    startsOn: plan.starts_on,
    expectedMonths: plan.expected_months,
    rules: rules.filter((r) => !r.retired_at).map((r) => ruleSnapshot(r, links)),
    stages: stageRows(ctx, plan.case_id).map(({ fromMonth, involvement, professionalsDo, networkTakesOver }) => ({ fromMonth, involvement, professionalsDo, networkTakesOver })),
    network: listMembers(ctx, plan.case_id)
      .filter((m) => m.active)
      .map((m) => ({ participantId: m.participantId, name: m.name, agreedTo: m.agreedTo })),
  };
}

export function latestSnapshot(versions: VersionRow[]): PlanSnapshot | null {
  const latest = versions.at(-1);
  return latest ? (JSON.parse(latest.snapshot) as PlanSnapshot) : null;
}
