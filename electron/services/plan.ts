import type { AddGoalInput, FormalPlanInput, Goal, PlanDetail, ProgressEntry, ProgressInput, UpdateGoalInput } from '../../shared/contract/plan';
import { tooManyGoalsWarning, type GoalStatus, type PlanKind, type ProgressStatus } from '../../shared/domain/plan';
import { formalPlanSummary, goalSummary, type ProgressAudit, progressSummary } from '../../shared/domain/planAudit';
import { toIsoDay } from '../../shared/domain/dates';
import { KredsError } from '../../shared/errors';
import { getCase, touchCase } from './cases';
import { newId, type HandlerMap, type ServiceContext } from './context';
import type { UndoTicket } from '../../shared/contract/undo';
import { deleteUndoably } from './undo';

interface GoalRow {
  id: string;
  case_id: string;
  parent_id: string | null;
  text: string;
  deadline: string | null;
  attractive: number;
  realistic: number;
  safety_goal_id: string | null;
  status: GoalStatus;
  position: number;
}

interface ProgressRow {
  id: string;
  goal_id: string;
  meeting_id: string | null;
  status: ProgressStatus | null;
  score: number | null;
  comment: string;
  recorded_at: string;
  meeting_starts_at: string | null;
}

function toProgress(row: ProgressRow): ProgressEntry {
  const day = row.meeting_starts_at ? row.meeting_starts_at.slice(0, 10) : toIsoDay(new Date(row.recorded_at));
  return { id: row.id, meetingId: row.meeting_id, day, status: row.status, score: row.score, comment: row.comment, recordedAt: row.recorded_at };
}

function toGoal(row: GoalRow, progress: ProgressEntry[]): Goal {
  return {
    id: row.id,
    caseId: row.case_id,
    parentId: row.parent_id,
    text: row.text,
    deadline: row.deadline,
    attractive: row.attractive === 1,
    realistic: row.realistic === 1,
    safetyGoalId: row.safety_goal_id,
    status: row.status,
    position: row.position,
    progress,
    subGoals: [],
  };
}

function goalRow(ctx: ServiceContext, id: string): GoalRow {
  const row = ctx.db.prepare('SELECT * FROM goals WHERE id = ?').get(id) as GoalRow | undefined;
  if (!row) throw new KredsError('not_found', 'Målet findes ikke (det kan være slettet)');
  return row;
}

const PROGRESS_SELECT = `SELECT p.*, m.starts_at AS meeting_starts_at FROM goal_progress p LEFT JOIN meetings m ON m.id = p.meeting_id`;
const PROGRESS_ORDER = `ORDER BY COALESCE(m.starts_at, p.recorded_at), p.rowid`;

function progressFor(ctx: ServiceContext, goalId: string): ProgressEntry[] {
  return (ctx.db.prepare(`${PROGRESS_SELECT} WHERE p.goal_id = ? ${PROGRESS_ORDER}`).all(goalId) as ProgressRow[]).map(toProgress);
}

function getGoal(ctx: ServiceContext, id: string): Goal {
  return toGoal(goalRow(ctx, id), progressFor(ctx, id));
}

export function getPlan(ctx: ServiceContext, caseId: string): PlanDetail {
  const child = getCase(ctx, caseId);
  const goalRows = ctx.db.prepare('SELECT * FROM goals WHERE case_id = ? ORDER BY position, created_at').all(caseId) as GoalRow[];
  const progressRows = ctx.db
    .prepare(`${PROGRESS_SELECT} JOIN goals g ON g.id = p.goal_id WHERE g.case_id = ? ${PROGRESS_ORDER}`)
    .all(caseId) as ProgressRow[];
  const goals = new Map(goalRows.map((row) => [row.id, toGoal(row, progressRows.filter((p) => p.goal_id === row.id).map(toProgress))]));
  const top: Goal[] = [];
  for (const goal of goals.values()) {
    const parent = goal.parentId ? goals.get(goal.parentId) : undefined;
    if (parent) parent.subGoals.push(goal);
    else top.push(goal);
  }
  const formal = ctx.db.prepare('SELECT * FROM plans WHERE case_id = ?').get(caseId) as
    | { kind: PlanKind; made_on: string; with_child: number; with_custody_holder: number; note: string }
    | undefined;
  const activeGoalCount = top.filter((g) => g.status === 'active').length;
  return {
    caseId,
    childName: child.childName,
    birthYear: child.birthYear,
    formal: formal
      ? { kind: formal.kind, madeOn: formal.made_on, withChild: formal.with_child === 1, withCustodyHolder: formal.with_custody_holder === 1, note: formal.note }
      : null,
    goals: top,
    activeGoalCount,
    tooManyGoals: tooManyGoalsWarning(activeGoalCount),
  };
}

function auditGoal(ctx: ServiceContext, action: string, before: Goal | null, after: Goal | null): void {
  const view = (g: Goal | null) => g && { text: g.text, deadline: g.deadline, status: g.status, parentId: g.parentId };
  const [b, a] = [view(before), view(after)];
  const { id, caseId } = (after ?? before)!;
  ctx.audit?.({ action, entity: 'goals', entityId: id, caseId, before: b, after: a, summary: goalSummary(b, a) });
}

function changed(ctx: ServiceContext, caseId: string): void {
  touchCase(ctx, caseId);
  ctx.emit({ type: 'plan.changed', id: caseId, origin: ctx.origin });
}

export function addGoal(ctx: ServiceContext, input: AddGoalInput): Goal {
  getCase(ctx, input.caseId);
  const parentId = input.parentId ?? null;
  if (parentId) {
    const parent = goalRow(ctx, parentId);
    if (parent.case_id !== input.caseId) throw new KredsError('invalid_input', 'Delmålet skal høre til et mål i samme sag');
    if (parent.parent_id) throw new KredsError('invalid_input', 'Et delmål kan ikke have egne delmål — tilføj det under hovedmålet');
  }
  const { next } = ctx.db.prepare('SELECT COALESCE(MAX(position), 0) + 1 AS next FROM goals WHERE case_id = ?').get(input.caseId) as { next: number };
  const id = newId();
  const now = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO goals (id, case_id, parent_id, text, deadline, attractive, realistic, safety_goal_id, status, position, created_at, updated_at)
       VALUES (@id, @caseId, @parentId, @text, @deadline, @attractive, @realistic, @safetyGoalId, 'active', @position, @now, @now)`,
    )
    .run({
      id,
      caseId: input.caseId,
      parentId,
      text: input.text.trim(),
      deadline: input.deadline ?? null,
      attractive: input.attractive ? 1 : 0,
      realistic: input.realistic ? 1 : 0,
      safetyGoalId: input.safetyGoalId ?? null,
      position: next,
      now,
    });
  changed(ctx, input.caseId);
  const created = getGoal(ctx, id);
  auditGoal(ctx, 'create', null, created);
  return created;
}

function updateGoal(ctx: ServiceContext, input: UpdateGoalInput): Goal {
  const current = goalRow(ctx, input.id);
  const before = getGoal(ctx, input.id);
  ctx.db
    .prepare(
      `UPDATE goals SET text = @text, deadline = @deadline, attractive = @attractive, realistic = @realistic, safety_goal_id = @safetyGoalId,
         status = @status, updated_at = @now WHERE id = @id`,
    )
    .run({
      id: input.id,
      text: input.text.trim(),
      deadline: input.deadline ?? null,
      attractive: input.attractive ? 1 : 0,
      realistic: input.realistic ? 1 : 0,
      safetyGoalId: input.safetyGoalId ?? null,
      status: input.status,
      now: ctx.now().toISOString(),
    });
  changed(ctx, current.case_id);
  const after = getGoal(ctx, input.id);
  auditGoal(ctx, 'update', before, after);
  return after;
}

function deleteGoal(ctx: ServiceContext, id: string): UndoTicket {
  const current = goalRow(ctx, id);
  return deleteUndoably(ctx, { table: 'goals', id, caseId: current.case_id }, (ctx) => {
    auditGoal(ctx, 'delete', getGoal(ctx, id), null);
    ctx.db.prepare('DELETE FROM goals WHERE id = ?').run(id);
    changed(ctx, current.case_id);
  });
}

function saveFormal(ctx: ServiceContext, input: FormalPlanInput): PlanDetail {
  const before = getPlan(ctx, input.caseId).formal;
  const now = ctx.now().toISOString();
  ctx.db
    .prepare(
      `INSERT INTO plans (case_id, kind, made_on, with_child, with_custody_holder, note, created_at, updated_at)
       VALUES (@caseId, @kind, @madeOn, @withChild, @withCustodyHolder, @note, @now, @now)
       ON CONFLICT (case_id) DO UPDATE SET kind = excluded.kind, made_on = excluded.made_on, with_child = excluded.with_child,
         with_custody_holder = excluded.with_custody_holder, note = excluded.note, updated_at = excluded.updated_at`,
    )
    .run({ ...input, withChild: input.withChild ? 1 : 0, withCustodyHolder: input.withCustodyHolder ? 1 : 0, note: input.note ?? '', now });
  changed(ctx, input.caseId);
  const after = getPlan(ctx, input.caseId);
  ctx.audit?.({ action: before ? 'update' : 'create', entity: 'plan', entityId: input.caseId, caseId: input.caseId, before, after: after.formal, summary: formalPlanSummary(before, after.formal) });
  return after;
}

function removeFormal(ctx: ServiceContext, caseId: string): PlanDetail {
  const before = getPlan(ctx, caseId).formal;
  // Nothing to remove writes nothing (and so leaves no entry in the audit trail).
  if (!before) return getPlan(ctx, caseId);
  ctx.db.prepare('DELETE FROM plans WHERE case_id = ?').run(caseId);
  changed(ctx, caseId);
  ctx.audit?.({ action: 'delete', entity: 'plan', entityId: caseId, caseId, before, after: null, summary: formalPlanSummary(before, null) });
  return getPlan(ctx, caseId);
}

/** One entry per goal per meeting: recording again at the same meeting corrects the entry. */
export function recordProgress(ctx: ServiceContext, input: ProgressInput): ProgressEntry {
  const goal = goalRow(ctx, input.goalId);
  const status = input.status ?? null;
  const score = input.score ?? null;
  if (status === null && score === null) {
    const message = 'Vælg en status eller giv en score fra 0 til 10';
    throw new KredsError('invalid_input', message, { score: message });
  }
  const meetingId = input.meetingId ?? null;
  const now = ctx.now().toISOString();
  const existing = meetingId
    ? (ctx.db.prepare('SELECT id, status, score, comment FROM goal_progress WHERE goal_id = ? AND meeting_id = ?').get(goal.id, meetingId) as
        | (ProgressAudit & { id: string })
        | undefined)
    : undefined;
  const id = existing?.id ?? newId();
  ctx.db
    .prepare(
      `INSERT INTO goal_progress (id, goal_id, meeting_id, status, score, comment, recorded_at) VALUES (@id, @goalId, @meetingId, @status, @score, @comment, @now)
       ON CONFLICT (id) DO UPDATE SET status = excluded.status, score = excluded.score, comment = excluded.comment, recorded_at = excluded.recorded_at`,
    )
    .run({ id, goalId: goal.id, meetingId, status, score, comment: (input.comment ?? '').trim(), now });
  if (status === 'reached') ctx.db.prepare(`UPDATE goals SET status = 'reached', updated_at = ? WHERE id = ?`).run(now, goal.id);
  changed(ctx, goal.case_id);
  const entry = toProgress(ctx.db.prepare(`${PROGRESS_SELECT} WHERE p.id = ?`).get(id) as ProgressRow);
  const before = existing ? { status: existing.status, score: existing.score, comment: existing.comment } : null;
  const summary = progressSummary(goal.text, before, { status: entry.status, score: entry.score, comment: entry.comment });
  ctx.audit?.({ action: existing ? 'update' : 'create', entity: 'goal_progress', entityId: id, caseId: goal.case_id, before, after: { status, score, comment: entry.comment }, summary });
  return entry;
}

export const planHandlers: HandlerMap<
  'plan.get' | 'plan.saveFormal' | 'plan.removeFormal' | 'plan.addGoal' | 'plan.updateGoal' | 'plan.deleteGoal' | 'plan.recordProgress'
> = {
  'plan.get': (ctx, input) => getPlan(ctx, input.caseId),
  'plan.saveFormal': saveFormal,
  'plan.removeFormal': (ctx, input) => removeFormal(ctx, input.caseId),
  'plan.addGoal': addGoal,
  'plan.updateGoal': updateGoal,
  'plan.deleteGoal': (ctx, input) => deleteGoal(ctx, input.id),
  'plan.recordProgress': recordProgress,
};
