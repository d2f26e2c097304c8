import type { CaseDetail, CaseFields, CaseListInput, CaseSummary } from '../../shared/contract/cases';
import { birthYearRange, type CaseStatus, type CaseType } from '../../shared/domain/cases';
import { personKey } from '../../shared/domain/participants';
import { type CaseAudit, caseSummary } from '../../shared/domain/casesAudit';
import { deletionConfirmed, deletionDate, isDeletionDue } from '../../shared/domain/retention';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import { likePattern, newId, type HandlerMap, type ServiceContext } from './context';
import { eraseAuditSummaries } from './audit';
import { readSettings } from './settings';
import { forgetCase } from './undo';

interface CaseRow {
  id: string;
  child_name: string;
  birth_year: number;
  case_type: CaseType;
  responsible_worker: string;
  status: CaseStatus;
  closed_at: string | null;
  closed_reason: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
  last_activity_at: string;
}

/** `deletionDueBy` is today and the retention years; without it (lists that need no retention) nothing is due. */
function toSummary(row: CaseRow, deletionDueBy?: { now: Date; years: number }): CaseSummary {
  return {
    id: row.id,
    childName: row.child_name,
    birthYear: row.birth_year,
    caseType: row.case_type,
    responsibleWorker: row.responsible_worker,
    status: row.status,
    lastActivityAt: row.last_activity_at,
    isDemo: row.is_demo === 1,
    deletionDue: !!deletionDueBy && row.status === 'closed' && !!row.closed_at && isDeletionDue(row.closed_at, deletionDueBy.years, deletionDueBy.now),
  };
}

function toDetail(row: CaseRow, retentionYears: number, now: Date): CaseDetail {
  return {
    ...toSummary(row, { now, years: retentionYears }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    closedReason: row.closed_reason,
    deletionDueAt: row.status === 'closed' && row.closed_at ? deletionDate(row.closed_at, retentionYears).toISOString() : null,
  };
}

function checkBirthYear(ctx: ServiceContext, birthYear: number): void {
  const { min, max } = birthYearRange(ctx.now());
  if (birthYear > max) throw new KredsError('invalid_input', 'Fødselsåret ligger i fremtiden', { birthYear: 'Fødselsåret ligger i fremtiden' });
  if (birthYear < min) {
    const message = `Kreds er til børn og unge: fødselsåret skal være ${min} eller senere`;
    throw new KredsError('invalid_input', message, { birthYear: message });
  }
}

export function getCase(ctx: ServiceContext, id: string): CaseDetail {
  const row = prepared(ctx.db, 'SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
  if (!row) throw new KredsError('not_found', 'Sagen findes ikke (den kan være slettet)');
  return toDetail(row, readSettings(ctx).retentionYears, ctx.now());
}

export function listCases(ctx: ServiceContext, input: CaseListInput): CaseSummary[] {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (input.status && input.status !== 'all') {
    where.push('status = @status');
    params.status = input.status === 'deletion_due' ? 'closed' : input.status;
  }
  if (input.caseType && input.caseType !== 'all') {
    where.push('case_type = @caseType');
    params.caseType = input.caseType;
  }
  if (input.responsibleWorker) {
    where.push('responsible_worker = @worker');
    params.worker = input.responsibleWorker;
  }
  const query = input.query?.trim();
  if (query) {
    where.push(
      `(child_name LIKE @query ESCAPE '\\' OR EXISTS (SELECT 1 FROM participants p WHERE p.case_id = cases.id AND p.name_key LIKE @nameKey ESCAPE '\\'))`,
    );
    params.query = likePattern(query);
    params.nameKey = likePattern(personKey(query));
  }
  const sql = `SELECT * FROM cases ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${input.status === 'deletion_due' ? 'closed_at' : 'last_activity_at DESC'} LIMIT 500`;
  const dueBy = { now: ctx.now(), years: readSettings(ctx).retentionYears };
  const all = (prepared(ctx.db, sql).all(params) as CaseRow[]).map((row) => toSummary(row, dueBy));
  const summaries = input.status === 'deletion_due' ? all.filter((c) => c.deletionDue) : all;
  return query ? summaries.map((summary) => withMatchedParticipants(ctx, summary, query)) : summaries;
}

/** When the search hit people around the child rather than the child, say who, so the worker sees why the case is listed. */
function withMatchedParticipants(ctx: ServiceContext, summary: CaseSummary, query: string): CaseSummary {
  if (summary.childName.toLocaleLowerCase('da-DK').includes(query.toLocaleLowerCase('da-DK'))) return summary;
  const names = prepared(ctx.db, `SELECT name FROM participants WHERE case_id = ? AND name_key LIKE ? ESCAPE '\\' ORDER BY archived_at IS NOT NULL, name`)
    .all(summary.id, likePattern(personKey(query))) as { name: string }[];
  return names.length ? { ...summary, matchedParticipants: names.map((n) => n.name) } : summary;
}

/** What the case's summary compares (shared/domain/casesAudit.ts: the child is never named in it). */
function caseAudit(c: CaseDetail): CaseAudit {
  return { childName: c.childName, birthYear: c.birthYear, caseType: c.caseType, responsibleWorker: c.responsibleWorker, status: c.status, closedReason: c.closedReason };
}

export function createCase(ctx: ServiceContext, input: CaseFields, options: { isDemo?: boolean } = {}): CaseDetail {
  checkBirthYear(ctx, input.birthYear);
  const id = newId();
  const now = ctx.now().toISOString();
  prepared(
    ctx.db,
    `INSERT INTO cases (id, child_name, birth_year, case_type, responsible_worker, status, is_demo, created_at, updated_at, last_activity_at)
     VALUES (@id, @childName, @birthYear, @caseType, @responsibleWorker, 'open', @isDemo, @now, @now, @now)`,
  ).run({ id, ...input, isDemo: options.isDemo ? 1 : 0, now });
  ctx.emit({ type: 'cases.changed', id, origin: ctx.origin });
  const created = getCase(ctx, id);
  ctx.audit?.({ action: 'create', entity: 'case', entityId: id, caseId: id, after: input, summary: caseSummary(null, caseAudit(created)) });
  return created;
}

export function updateCase(ctx: ServiceContext, input: CaseFields & { id: string }): CaseDetail {
  const before = getCase(ctx, input.id);
  checkBirthYear(ctx, input.birthYear);
  const now = ctx.now().toISOString();
  prepared(
    ctx.db,
    `UPDATE cases SET child_name = @childName, birth_year = @birthYear, case_type = @caseType,
       responsible_worker = @responsibleWorker, updated_at = @now, last_activity_at = @now WHERE id = @id`,
  ).run({ ...input, now });
  ctx.emit({ type: 'cases.changed', id: input.id, origin: ctx.origin });
  const after = getCase(ctx, input.id);
  ctx.audit?.({ action: 'update', entity: 'case', entityId: input.id, caseId: input.id, before, after, summary: caseSummary(caseAudit(before), caseAudit(after)) });
  return after;
}

/** Marks any activity on a case (a meeting, a participant) so the list sorts by what moved last. */
export function touchCase(ctx: ServiceContext, id: string): void {
  prepared(ctx.db, 'UPDATE cases SET last_activity_at = ? WHERE id = ?').run(ctx.now().toISOString(), id);
}

function setStatus(ctx: ServiceContext, id: string, status: CaseStatus, reason: string | null): CaseDetail {
  const current = getCase(ctx, id);
  if (current.status === status) {
    throw new KredsError('conflict', status === 'closed' ? 'Sagen er allerede lukket' : 'Sagen er allerede åben');
  }
  const now = ctx.now().toISOString();
  prepared(
    ctx.db,
    `UPDATE cases SET status = @status, closed_at = @closedAt, closed_reason = @reason, updated_at = @now, last_activity_at = @now WHERE id = @id`,
  ).run({ id, status, closedAt: status === 'closed' ? now : null, reason, now });
  ctx.emit({ type: 'cases.changed', id, origin: ctx.origin });
  const after = getCase(ctx, id);
  const summary = caseSummary(caseAudit(current), caseAudit(after));
  ctx.audit?.({ action: status === 'closed' ? 'close' : 'reopen', entity: 'case', entityId: id, caseId: id, before: current, after, summary });
  return after;
}

/**
 * "Slet sagen nu": the case row goes at once and every table that references cases(id) ON DELETE CASCADE
 * goes with it. The audit trail keeps a receipt with the case's id and no personal data.
 */
export function deleteCase(ctx: ServiceContext, input: { id: string; confirmName: string }): { id: string } {
  const current = getCase(ctx, input.id);
  if (!deletionConfirmed(current.childName, input.confirmName)) {
    const message = 'Skriv barnets navn præcis som på sagen for at bekræfte';
    throw new KredsError('invalid_input', message, { confirmName: message });
  }
  prepared(ctx.db, 'DELETE FROM cases WHERE id = ?').run(input.id);
  forgetCase(ctx, input.id);
  eraseAuditSummaries(ctx.db, input.id);
  ctx.audit?.({ action: 'delete', entity: 'case', entityId: input.id, caseId: input.id, fields: [] });
  ctx.emit({ type: 'cases.changed', id: input.id, origin: ctx.origin });
  return { id: input.id };
}

export function responsibleWorkers(ctx: ServiceContext): string[] {
  return (prepared(ctx.db, 'SELECT DISTINCT responsible_worker AS w FROM cases ORDER BY w COLLATE NOCASE').all() as { w: string }[]).map((r) => r.w);
}

export const casesHandlers: HandlerMap<'cases.list' | 'cases.get' | 'cases.create' | 'cases.update' | 'cases.close' | 'cases.reopen' | 'cases.delete' | 'cases.workers'> = {
  'cases.list': listCases,
  'cases.get': (ctx, input) => getCase(ctx, input.id),
  'cases.create': (ctx, input) => createCase(ctx, input),
  'cases.update': updateCase,
  'cases.close': (ctx, input) => setStatus(ctx, input.id, 'closed', input.reason),
  'cases.reopen': (ctx, input) => setStatus(ctx, input.id, 'open', null),
  'cases.delete': deleteCase,
  'cases.workers': (ctx) => responsibleWorkers(ctx),
};
