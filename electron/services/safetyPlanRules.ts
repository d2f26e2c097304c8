import type { AddRuleInput, ReviewRuleInput, RuleReview, SafetyRule, UpdateRuleInput } from '../../shared/contract/safetyPlan';
import { ruleMoveSummary, ruleReviewSummary, ruleSummary, type ReviewAudit, type RuleAudit } from '../../shared/domain/safetyPlanAudit';
import { reorder } from '../../shared/domain/childStory';
import { responsibilityError } from '../../shared/domain/safetyPlan';
import { KredsError } from '../../shared/errors';
import { touchCase } from './cases';
import { newId, type ServiceContext } from './context';
import { meetingRef } from './mapStart';
import { listMembers } from './safetyNetwork';
import { checkedLink } from './safetyPlanLinks';
import { requirePlan, ruleRow, ruleRows, type RuleRow } from './safetyPlanRead';
import { toRule } from './safetyPlanView';

/** The rules of the safety plan and their review at each follow-up. */

function changed(ctx: ServiceContext, caseId: string): void {
  touchCase(ctx, caseId);
  ctx.emit({ type: 'safetyPlan.changed', id: caseId, origin: ctx.origin });
}

const auditView = (row: RuleRow): RuleAudit => ({
  situation: row.situation,
  action: row.action,
  responsibleName: row.responsible_name,
  reserveName: row.reserve_name,
  childKnows: row.child_knows,
  networkChecks: row.network_checks,
  mapItemId: row.map_item_id,
  professionalNote: row.professional_note,
  retired: row.retired_at !== null,
});

function audit(ctx: ServiceContext, action: string, before: RuleRow | null, after: RuleRow): void {
  const [b, a] = [before && auditView(before), auditView(after)];
  ctx.audit?.({ action, entity: 'safety_plan_rule', entityId: after.id, caseId: after.case_id, before: b, after: a, summary: ruleSummary(b, a) });
}

/** A rule must have a responsible person (and any reserve) in the safety network now; nothing is saved otherwise. */
function checkResponsibility(ctx: ServiceContext, caseId: string, input: { responsibleId: string | null; reserveId?: string | null }): void {
  const members = listMembers(ctx, caseId).map((m) => ({ participantId: m.participantId, name: m.name, leftOn: m.leftOn, archived: m.archived }));
  const problem = responsibilityError({ responsibleId: input.responsibleId, reserveId: input.reserveId ?? null }, members);
  if (problem) throw new KredsError('invalid_input', problem.message, { [problem.field]: problem.message });
}

const trimmed = (input: AddRuleInput | UpdateRuleInput) => ({
  situation: input.situation.trim(),
  action: input.action.trim(),
  responsibleId: input.responsibleId,
  reserveId: input.reserveId ?? null,
  childKnows: (input.childKnows ?? '').trim(),
  networkChecks: (input.networkChecks ?? '').trim(),
  professionalNote: (input.professionalNote ?? '').trim(),
});

export function addRule(ctx: ServiceContext, input: AddRuleInput): SafetyRule {
  requirePlan(ctx, input.caseId);
  checkResponsibility(ctx, input.caseId, input);
  const fields = trimmed(input);
  const mapItemId = checkedLink(ctx, input.caseId, input.mapItemId ?? null, null);
  const { next } = ctx.db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS next FROM safety_plan_rules WHERE case_id = ?').get(input.caseId) as { next: number };
  const id = newId();
  const now = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO safety_plan_rules (id, case_id, position, situation, action, responsible_participant_id, reserve_participant_id, child_knows,
         network_checks, map_item_id, professional_note, created_at, updated_at)
       VALUES (@id, @caseId, @next, @situation, @action, @responsibleId, @reserveId, @childKnows, @networkChecks, @mapItemId, @professionalNote, @now, @now)`,
    )
    .run({ id, caseId: input.caseId, next, ...fields, mapItemId, now });
  const row = ruleRow(ctx, id);
  audit(ctx, 'create', null, row);
  changed(ctx, input.caseId);
  return toRule(ctx, row);
}

export function updateRule(ctx: ServiceContext, input: UpdateRuleInput): SafetyRule {
  const before = ruleRow(ctx, input.id);
  checkResponsibility(ctx, before.case_id, input);
  const fields = trimmed(input);
  const mapItemId = checkedLink(ctx, before.case_id, input.mapItemId ?? null, before.map_item_id);
  ctx.db
    .prepare(
      `UPDATE safety_plan_rules SET situation = @situation, action = @action, responsible_participant_id = @responsibleId,
         reserve_participant_id = @reserveId, child_knows = @childKnows, network_checks = @networkChecks, map_item_id = @mapItemId,
         professional_note = @professionalNote, updated_at = @now WHERE id = @id`,
    )
    .run({ id: input.id, ...fields, mapItemId, now: ctx.now().toISOString() });
  const after = ruleRow(ctx, input.id);
  if (JSON.stringify(auditView(before)) !== JSON.stringify(auditView(after))) {
    audit(ctx, 'update', before, after);
    changed(ctx, before.case_id);
  }
  return toRule(ctx, after);
}

/** Takes a rule out of the plan (kept, with its reviews, for the history) or puts it back. */
export function retireRule(ctx: ServiceContext, id: string, retired: boolean): SafetyRule {
  const before = ruleRow(ctx, id);
  if ((before.retired_at !== null) === retired) return toRule(ctx, before);
  if (!retired) checkResponsibility(ctx, before.case_id, { responsibleId: before.responsible_participant_id, reserveId: before.reserve_participant_id });
  const now = ctx.now().toISOString();
  // Back in the plan it goes last, so it does not push the family's remembered order about.
  const { next } = ctx.db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS next FROM safety_plan_rules WHERE case_id = ?').get(before.case_id) as { next: number };
  ctx.db
    .prepare('UPDATE safety_plan_rules SET retired_at = ?, position = ?, updated_at = ? WHERE id = ?')
    .run(retired ? now : null, retired ? before.position : next, now, id);
  const after = ruleRow(ctx, id);
  audit(ctx, retired ? 'retire' : 'restore', before, after);
  changed(ctx, before.case_id);
  return toRule(ctx, after);
}

export function moveRule(ctx: ServiceContext, id: string, toIndex: number): null {
  const moving = ruleRow(ctx, id);
  if (moving.retired_at) throw new KredsError('conflict', 'Reglen er taget ud af planen; sæt den i planen igen først');
  const active = ruleRows(ctx, moving.case_id).filter((r) => !r.retired_at);
  const from = active.findIndex((r) => r.id === id);
  const order = reorder(active, id, toIndex);
  const to = order.findIndex((r) => r.id === id);
  if (from === to) return null;
  const update = ctx.db.prepare('UPDATE safety_plan_rules SET position = ? WHERE id = ?');
  order.forEach((rule, position) => update.run(position, rule.id));
  ctx.audit?.({ action: 'move', entity: 'safety_plan_rule', entityId: id, caseId: moving.case_id, fields: ['position'], summary: ruleMoveSummary(moving.situation, from + 1, to + 1) });
  changed(ctx, moving.case_id);
  return null;
}

/**
 * One review per rule per follow-up: holds, needs changing or broken, with what happened (shared with the family)
 * and a professional note (fortroligt). Recording again at the same meeting corrects it.
 */
export function reviewRule(ctx: ServiceContext, input: ReviewRuleInput): RuleReview {
  const rule = ruleRow(ctx, input.ruleId);
  if (rule.retired_at) throw new KredsError('conflict', 'Reglen er taget ud af planen og gennemgås ikke længere');
  const meeting = meetingRef(ctx, input.meetingId);
  const status = (ctx.db.prepare('SELECT status FROM meetings WHERE id = ?').get(input.meetingId) as { status: string }).status;
  if (meeting.caseId !== rule.case_id) throw new KredsError('invalid_input', 'Mødet hører til en anden sag');
  if (status !== 'running' && status !== 'held') {
    const message = 'Reglerne gennemgås på et møde, der er i gang eller holdt. Vælg mødet.';
    throw new KredsError('invalid_input', message, { meetingId: message });
  }
  const after: ReviewAudit = { outcome: input.outcome, whatHappened: (input.whatHappened ?? '').trim(), professionalNote: (input.professionalNote ?? '').trim() };
  const existing = ctx.db
    .prepare('SELECT id, outcome, what_happened AS whatHappened, professional_note AS professionalNote FROM safety_plan_reviews WHERE rule_id = ? AND meeting_id = ?')
    .get(rule.id, input.meetingId) as (ReviewAudit & { id: string }) | undefined;
  const id = existing?.id ?? newId();
  const review: RuleReview = { id, meetingId: input.meetingId, meetingStartsAt: meeting.startsAt, ...after, outcome: input.outcome };
  if (existing && existing.outcome === after.outcome && existing.whatHappened === after.whatHappened && existing.professionalNote === after.professionalNote) return review;
  ctx.db
    .prepare(
      `INSERT INTO safety_plan_reviews (id, rule_id, meeting_id, outcome, what_happened, professional_note, reviewed_at)
       VALUES (@id, @ruleId, @meetingId, @outcome, @whatHappened, @professionalNote, @now)
       ON CONFLICT (id) DO UPDATE SET outcome = excluded.outcome, what_happened = excluded.what_happened,
         professional_note = excluded.professional_note, reviewed_at = excluded.reviewed_at`,
    )
    .run({ id, ruleId: rule.id, meetingId: input.meetingId, ...after, now: ctx.now().toISOString() });
  const before = existing ? { outcome: existing.outcome, whatHappened: existing.whatHappened, professionalNote: existing.professionalNote } : null;
  const summary = ruleReviewSummary(rule.situation, meeting.startsAt, before, after);
  ctx.audit?.({ action: existing ? 'update' : 'create', entity: 'safety_plan_review', entityId: id, caseId: rule.case_id, before, after, summary });
  changed(ctx, rule.case_id);
  return review;
}
