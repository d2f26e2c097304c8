import type { NetworkMember } from '../../shared/contract/safetyPlan';
import { memberSummary, type MemberAudit } from '../../shared/domain/safetyPlanAudit';
import type { Group, Role } from '../../shared/domain/participants';
import { KredsError } from '../../shared/errors';
import { getCase, touchCase } from './cases';
import { newId, type ServiceContext } from './context';

/**
 * The safety network (sikkerhedsnetværk): the people, mostly family and the private network, who have agreed to
 * be part of the child's safety plan, and what each agreed to. Leaving is recorded (with the day and why), not
 * deleted: a rule held by someone who left must say so, and the plan's history must keep who was there.
 */
interface MemberRow {
  id: string;
  case_id: string;
  participant_id: string;
  agreed_to: string;
  joined_on: string;
  left_on: string | null;
  left_reason: string;
  name: string;
  role: Role;
  group_kind: Group;
  archived_at: string | null;
}

const GROUP_ORDER: Record<Group, number> = { family: 0, private_network: 1, professional: 2 };

function toMember(row: MemberRow): NetworkMember {
  const archived = row.archived_at !== null;
  return {
    id: row.id,
    participantId: row.participant_id,
    name: row.name,
    role: row.role,
    group: row.group_kind,
    agreedTo: row.agreed_to,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    leftReason: row.left_reason,
    archived,
    active: row.left_on === null && !archived,
  };
}

const SELECT = `SELECT s.*, p.name, p.role, p.group_kind, p.archived_at FROM safety_network_members s JOIN participants p ON p.id = s.participant_id`;

/** Family first, then the private network, then any professional; within a group by name. Active before those who left. */
export function listMembers(ctx: ServiceContext, caseId: string): NetworkMember[] {
  const rows = ctx.db.prepare(`${SELECT} WHERE s.case_id = ?`).all(caseId) as MemberRow[];
  return rows
    .map(toMember)
    .sort((a, b) => Number(b.active) - Number(a.active) || GROUP_ORDER[a.group] - GROUP_ORDER[b.group] || a.name.localeCompare(b.name, 'da'));
}

/** The participant ids in the network now (not left, not archived): the network map marks them. */
export function activeMemberIds(ctx: ServiceContext, caseId: string): Set<string> {
  return new Set(listMembers(ctx, caseId).filter((m) => m.active).map((m) => m.participantId));
}

function memberRow(ctx: ServiceContext, caseId: string, participantId: string): MemberRow | undefined {
  return ctx.db.prepare(`${SELECT} WHERE s.case_id = ? AND s.participant_id = ?`).get(caseId, participantId) as MemberRow | undefined;
}

function audit(ctx: ServiceContext, caseId: string, row: MemberRow, before: MemberAudit | null, after: MemberAudit): void {
  ctx.audit?.({ action: before ? 'update' : 'create', entity: 'safety_network', entityId: row.id, caseId, before, after, summary: memberSummary(row.name, before, after) });
}

const view = (row: MemberRow): MemberAudit => ({ agreedTo: row.agreed_to, joinedOn: row.joined_on, leftOn: row.left_on, leftReason: row.left_reason });

function changed(ctx: ServiceContext, caseId: string): void {
  touchCase(ctx, caseId);
  ctx.emit({ type: 'safetyPlan.changed', id: caseId, origin: ctx.origin });
}

/** Adds someone to the network, changes what they agreed to, or takes them back after they left. */
export function setMember(ctx: ServiceContext, input: { caseId: string; participantId: string; agreedTo?: string; joinedOn: string }): NetworkMember {
  getCase(ctx, input.caseId);
  const person = ctx.db.prepare('SELECT case_id, name, role, archived_at FROM participants WHERE id = ?').get(input.participantId) as
    | { case_id: string; name: string; role: Role; archived_at: string | null }
    | undefined;
  if (!person || person.case_id !== input.caseId) throw new KredsError('not_found', 'Personen findes ikke på sagen');
  if (person.role === 'child') throw new KredsError('invalid_input', 'Barnet er den, netværket passer på, og er ikke selv med i sikkerhedsnetværket.');
  if (person.archived_at) throw new KredsError('invalid_input', `${person.name} er arkiveret på sagen. Gendan personen først.`);
  const existing = memberRow(ctx, input.caseId, input.participantId);
  const now = ctx.now().toISOString();
  const agreedTo = (input.agreedTo ?? '').trim();
  if (existing) {
    const before = view(existing);
    const unchanged = existing.left_on === null && before.agreedTo === agreedTo && before.joinedOn === input.joinedOn;
    if (unchanged) return toMember(existing);
    ctx.db
      .prepare(`UPDATE safety_network_members SET agreed_to = ?, joined_on = ?, left_on = NULL, left_reason = '', updated_at = ? WHERE id = ?`)
      .run(agreedTo, input.joinedOn, now, existing.id);
    const after = memberRow(ctx, input.caseId, input.participantId)!;
    audit(ctx, input.caseId, after, before, view(after));
    changed(ctx, input.caseId);
    return toMember(after);
  }
  ctx.db
    .prepare(
      `INSERT INTO safety_network_members (id, case_id, participant_id, agreed_to, joined_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(newId(), input.caseId, input.participantId, agreedTo, input.joinedOn, now, now);
  const row = memberRow(ctx, input.caseId, input.participantId)!;
  audit(ctx, input.caseId, row, null, view(row));
  changed(ctx, input.caseId);
  return toMember(row);
}

/**
 * Someone steps out of the network (moved away, could not manage it). Allowed even while they hold rules: it is
 * a fact of the family's life. Those rules then say so, and cannot be saved again until someone else holds them.
 */
export function leaveMember(ctx: ServiceContext, input: { caseId: string; participantId: string; leftOn: string; reason?: string }): NetworkMember {
  const row = memberRow(ctx, input.caseId, input.participantId);
  if (!row) throw new KredsError('not_found', 'Personen er ikke med i sikkerhedsnetværket');
  if (row.left_on) throw new KredsError('conflict', `${row.name} har allerede forladt sikkerhedsnetværket`);
  if (input.leftOn < row.joined_on) {
    const message = 'Datoen ligger før personen kom med i netværket';
    throw new KredsError('invalid_input', message, { leftOn: message });
  }
  const before = view(row);
  ctx.db
    .prepare('UPDATE safety_network_members SET left_on = ?, left_reason = ?, updated_at = ? WHERE id = ?')
    .run(input.leftOn, (input.reason ?? '').trim(), ctx.now().toISOString(), row.id);
  const after = memberRow(ctx, input.caseId, input.participantId)!;
  audit(ctx, input.caseId, after, before, view(after));
  changed(ctx, input.caseId);
  return toMember(after);
}
