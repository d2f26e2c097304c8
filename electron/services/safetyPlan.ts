import type { FamilySafetyPlan, PlanInfo, PlanStage, PlanVersion, SafetyPlanDetail, SafetyRule, SavePlanInput } from '../../shared/contract/safetyPlan';
import type { ScreenPosition } from '../../shared/contract/versions';
import type { ParsedInput } from '../../shared/contract';
import { safetyPlanSummary, stagesSummary } from '../../shared/domain/safetyPlanAudit';
import { toIsoDay } from '../../shared/domain/dates';
import { expectedEnd, lengthHint, planMonth, stageAt, stageError, stageHints, tooManyRules } from '../../shared/domain/safetyPlan';
import { safetyPlanScreens } from '../../shared/domain/safetyPlanScreens';
import { changeLine, hasChanges, planChanges, type PlanSnapshot } from '../../shared/domain/safetyPlanVersions';
import { KredsError } from '../../shared/errors';
import { getCase, touchCase } from './cases';
import { newId, type HandlerMap, type ServiceContext } from './context';
import { getContactPerson } from './participants';
import { caseHeader } from './review';
import { leaveMember, setMember } from './safetyNetwork';
import { linkOptions, linkResolver } from './safetyPlanLinks';
import { planRow, planSnapshot, requirePlan, ruleRows, stageRows, type PlanRow, type RuleRow } from './safetyPlanRead';
import { saveNextVersion, versionList, versionRows, type VersionRow } from './caseVersions';
import { addRule, moveRule, retireRule, reviewRule, updateRule } from './safetyPlanRules';
import { buildRule, familyRule, ruleContext, type RuleContext } from './safetyPlanView';
import { readScreenPage, reviewMeetings, showScreenPage } from './caseScreenPages';

/**
 * The safety plan (sikkerhedsplan): its frame (why, from when, for how long, how the professionals step back), the
 * rules, their reviews and the versions agreed at meetings. The console reads everything; the shared screen and the
 * family's copy read `family`, which is built here so nothing fortroligt leaves the host.
 */

function changed(ctx: ServiceContext, caseId: string): void {
  touchCase(ctx, caseId);
  ctx.emit({ type: 'safetyPlan.changed', id: caseId, origin: ctx.origin });
}

function today(ctx: ServiceContext): string {
  return toIsoDay(ctx.now());
}

function planInfo(ctx: ServiceContext, row: PlanRow): PlanInfo {
  return {
    context: row.context,
    purpose: row.purpose,
    startsOn: row.starts_on,
    expectedMonths: row.expected_months,
    expectedEnd: expectedEnd(row.starts_on, row.expected_months),
    endedOn: row.ended_on,
    endNote: row.end_note,
    month: planMonth(row.starts_on, today(ctx)),
    lengthHint: lengthHint(row.expected_months),
  };
}


/** What both views read once per call: the plan row, its rules as stored and as built, the versions. */
interface Loaded {
  row: PlanRow | undefined;
  rows: RuleRow[];
  context: RuleContext;
  rules: SafetyRule[];
  versions: VersionRow[];
}

function load(ctx: ServiceContext, caseId: string): Loaded {
  const context = ruleContext(ctx, caseId);
  const rows = ruleRows(ctx, caseId);
  return { row: planRow(ctx, caseId), rows, context, rules: rows.map((r) => buildRule(r, context)), versions: versionRows(ctx, 'safety_plan_versions', caseId) };
}

/** The plan now against its newest version (null before the first). */
function changesSinceVersion(ctx: ServiceContext, { row, rows, context, versions }: Loaded) {
  const latest = versions.at(-1);
  return row && latest ? planChanges(JSON.parse(latest.snapshot) as PlanSnapshot, planSnapshot(ctx, row, rows, context.links)) : null;
}

export function familyPlan(ctx: ServiceContext, caseId: string, loaded: Loaded = load(ctx, caseId)): FamilySafetyPlan {
  const header = caseHeader(ctx, caseId);
  const { row, context, versions } = loaded;
  const rules = loaded.rules.filter((r) => !r.retired).map(familyRule);
  const network = context.members.filter((m) => m.active).map((m) => ({ participantId: m.participantId, name: m.name, role: m.role, agreedTo: m.agreedTo }));
  const screens = safetyPlanScreens(
    rules.map((r) => ({ ...r, reviewed: r.lastReview !== null })),
    network,
  );
  const stages = stageRows(ctx, caseId).map(({ fromMonth, involvement, professionalsDo, networkTakesOver }) => ({ fromMonth, involvement, professionalsDo, networkTakesOver }));
  const info = row ? planInfo(ctx, row) : null;
  const latest = versions.at(-1);
  const since = changesSinceVersion(ctx, loaded);
  const contact = getContactPerson(ctx, caseId).current;
  return {
    caseId,
    childName: header.childName,
    municipality: header.municipality,
    plan: info && { context: info.context, purpose: info.purpose, startsOn: info.startsOn, expectedMonths: info.expectedMonths, expectedEnd: info.expectedEnd, endedOn: info.endedOn, month: info.month },
    stages,
    currentStage: info ? stageAt(stages, Math.max(1, info.month)) : null,
    network,
    rules,
    version: latest ? { number: latest.number, createdAt: latest.created_at } : null,
    draft: !!row && (!since || hasChanges(since)),
    contact: contact ? { name: contact.name, phone: contact.phone } : null,
    screens,
    shownPage: Math.min(readScreenPage(ctx, caseId, 'safety_plan'), screens.length - 1),
  };
}

export function getSafetyPlan(ctx: ServiceContext, caseId: string): SafetyPlanDetail {
  const child = getCase(ctx, caseId);
  const loaded = load(ctx, caseId);
  const { row, context, rules, versions } = loaded;
  const active = new Set(context.members.filter((m) => m.active).map((m) => m.participantId));
  const candidates = ctx.db
    .prepare(`SELECT id, name, role, group_kind FROM participants WHERE case_id = ? AND archived_at IS NULL AND role <> 'child' ORDER BY created_at, rowid`)
    .all(caseId) as { id: string; name: string; role: SafetyPlanDetail['candidates'][number]['role']; group_kind: SafetyPlanDetail['candidates'][number]['group'] }[];
  const stages: PlanStage[] = stageRows(ctx, caseId);
  const info = row ? planInfo(ctx, row) : null;
  const since = changesSinceVersion(ctx, loaded);
  const family = familyPlan(ctx, caseId, loaded);
  return {
    caseId,
    childName: child.childName,
    plan: info,
    network: context.members,
    candidates: candidates.filter((p) => !active.has(p.id)).map((p) => ({ participantId: p.id, name: p.name, role: p.role, group: p.group_kind })),
    rules,
    stages,
    stageHints: info ? stageHints(stages, info.expectedMonths) : [],
    currentStageId: info ? (stageAt(stages, Math.max(1, info.month))?.id ?? null) : null,
    versions: versionList<PlanSnapshot>(versions, (before, after) => changeLine(planChanges(before, after))).reverse(),
    sinceVersion: since ? { line: changeLine(since), changed: hasChanges(since) } : null,
    mapOptions: linkOptions(ctx, caseId),
    reviewMeetings: reviewMeetings(ctx, caseId),
    tooManyRules: tooManyRules(rules.filter((r) => !r.retired).length),
    screen: { count: family.screens.length, shown: family.shownPage },
  };
}

const auditView = (row: PlanRow) => ({
  context: row.context,
  purpose: row.purpose,
  startsOn: row.starts_on,
  expectedMonths: row.expected_months,
  endedOn: row.ended_on,
  endNote: row.end_note,
});

function savePlan(ctx: ServiceContext, input: ParsedInput<'safetyPlan.save'>): SafetyPlanDetail {
  getCase(ctx, input.caseId);
  if (input.endedOn && input.endedOn < input.startsOn) {
    const message = 'Planen kan ikke slutte, før den begynder';
    throw new KredsError('invalid_input', message, { endedOn: message });
  }
  const before = planRow(ctx, input.caseId);
  const fields = { ...input, purpose: (input.purpose ?? '').trim(), endNote: (input.endNote ?? '').trim(), endedOn: input.endedOn ?? null } satisfies SavePlanInput;
  const now = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO safety_plans (case_id, context, purpose, starts_on, expected_months, ended_on, end_note, created_at, updated_at)
       VALUES (@caseId, @context, @purpose, @startsOn, @expectedMonths, @endedOn, @endNote, @now, @now)
       ON CONFLICT (case_id) DO UPDATE SET context = excluded.context, purpose = excluded.purpose, starts_on = excluded.starts_on,
         expected_months = excluded.expected_months, ended_on = excluded.ended_on, end_note = excluded.end_note, updated_at = excluded.updated_at`,
    )
    .run({ ...fields, now });
  const after = planRow(ctx, input.caseId)!;
  if (!before || JSON.stringify(auditView(before)) !== JSON.stringify(auditView(after))) {
    const summary = safetyPlanSummary(before ? auditView(before) : null, auditView(after));
    ctx.audit?.({ action: before ? 'update' : 'create', entity: 'safety_plan', entityId: input.caseId, caseId: input.caseId, before: before && auditView(before), after: auditView(after), summary });
    changed(ctx, input.caseId);
  }
  return getSafetyPlan(ctx, input.caseId);
}

/** The steps by which the professionals step back, replaced as a whole (a handful of rows). */
function setStages(ctx: ServiceContext, input: ParsedInput<'safetyPlan.setStages'>): PlanStage[] {
  const plan = requirePlan(ctx, input.caseId);
  const problem = stageError(input.stages, plan.expected_months);
  if (problem) throw new KredsError('invalid_input', problem, { stages: problem });
  const before = stageRows(ctx, input.caseId);
  const same = JSON.stringify(before.map(({ id: _id, ...s }) => s)) === JSON.stringify(input.stages);
  if (same) return before;
  ctx.db.prepare('DELETE FROM safety_plan_stages WHERE case_id = ?').run(input.caseId);
  const insert = ctx.db.prepare(
    `INSERT INTO safety_plan_stages (id, case_id, position, from_month, involvement, professionals_do, network_takes_over) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  input.stages.forEach((s, i) => insert.run(newId(), input.caseId, i, s.fromMonth, s.involvement, (s.professionalsDo ?? '').trim(), (s.networkTakesOver ?? '').trim()));
  const after = stageRows(ctx, input.caseId);
  ctx.audit?.({ action: 'update', entity: 'safety_plan_stages', entityId: input.caseId, caseId: input.caseId, before: { stages: before }, after: { stages: after }, summary: stagesSummary(before, after) });
  changed(ctx, input.caseId);
  return after;
}

/** Freezes the plan as agreed now, as the next version; refused when nothing changed since the last one. */
function saveVersion(ctx: ServiceContext, input: { caseId: string; meetingId: string | null }): PlanVersion {
  const plan = requirePlan(ctx, input.caseId);
  const rows = ruleRows(ctx, input.caseId);
  if (!rows.some((r) => !r.retired_at)) throw new KredsError('conflict', 'Tilføj mindst én regel, før planen gemmes som en version.');
  const version = saveNextVersion<PlanSnapshot>(ctx, {
    table: 'safety_plan_versions',
    what: 'Sikkerhedsplan',
    caseId: input.caseId,
    meetingId: input.meetingId,
    snapshot: planSnapshot(ctx, plan, rows, linkResolver(ctx, input.caseId)),
    changes(previous) {
      const changes = planChanges(previous, this.snapshot);
      return { changed: hasChanges(changes), line: changeLine(changes) };
    },
    unchanged: (n) => `Planen er ikke ændret siden version ${n}.`,
  });
  changed(ctx, input.caseId);
  return version;
}

function showPage(ctx: ServiceContext, input: { caseId: string; page: number }): ScreenPosition {
  return showScreenPage(ctx, input.caseId, 'safety_plan', input.page, familyPlan(ctx, input.caseId).screens.length);
}

export const safetyPlanHandlers: HandlerMap<
  | 'safetyPlan.get' | 'safetyPlan.family' | 'safetyPlan.save' | 'safetyPlan.setMember' | 'safetyPlan.leaveMember' | 'safetyPlan.addRule'
  | 'safetyPlan.updateRule' | 'safetyPlan.retireRule' | 'safetyPlan.moveRule' | 'safetyPlan.reviewRule' | 'safetyPlan.setStages'
  | 'safetyPlan.saveVersion' | 'safetyPlan.showPage'
> = {
  'safetyPlan.get': (ctx, input) => getSafetyPlan(ctx, input.caseId),
  'safetyPlan.family': (ctx, input) => familyPlan(ctx, input.caseId),
  'safetyPlan.save': savePlan,
  'safetyPlan.setMember': setMember,
  'safetyPlan.leaveMember': leaveMember,
  'safetyPlan.addRule': addRule,
  'safetyPlan.updateRule': updateRule,
  'safetyPlan.retireRule': (ctx, input) => retireRule(ctx, input.id, input.retired),
  'safetyPlan.moveRule': (ctx, input) => moveRule(ctx, input.id, input.toIndex),
  'safetyPlan.reviewRule': reviewRule,
  'safetyPlan.setStages': setStages,
  'safetyPlan.saveVersion': saveVersion,
  'safetyPlan.showPage': showPage,
};

