import type { ContactPerson, Participant, ParticipantFields } from '../../shared/contract/participants';
import type { Input } from '../../shared/contract';
import type { UndoTicket } from '../../shared/contract/undo';
import { findDuplicate, groupForRole, personKey, type Group, type Role } from '../../shared/domain/participants';
import { contactPersonSummary, participantArchiveSummary, participantSummary } from '../../shared/domain/participantsAudit';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import { getCase, touchCase } from './cases';
import { newId, type HandlerMap, type ServiceContext } from './context';
import { participantInUse, participantsInUseForCase } from './participantUsage';
import { refuseWhileResponsible } from './agreements';
import { deleteUndoably } from './undo';

interface ParticipantRow {
  id: string;
  case_id: string;
  name: string;
  role: Role;
  role_detail: string;
  group_kind: Group;
  organisation: string;
  phone: string;
  email: string;
  note: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

function toParticipant(row: ParticipantRow, inUse: boolean): Participant {
  return {
    id: row.id,
    caseId: row.case_id,
    name: row.name,
    role: row.role,
    roleDetail: row.role_detail,
    group: row.group_kind,
    organisation: row.organisation,
    phone: row.phone,
    email: row.email,
    note: row.note,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    inUse,
  };
}

/** What the audit trail compares: the fields a user edits (never bookkeeping like timestamps). */
function auditView(p: Participant) {
  const { name, role, roleDetail, group, organisation, phone, email, note } = p;
  return { name, role, roleDetail, group, organisation: organisation ?? '', phone: phone ?? '', email: email ?? '', note: note ?? '' };
}

export function getParticipant(ctx: ServiceContext, id: string): Participant {
  const row = prepared(ctx.db, 'SELECT * FROM participants WHERE id = ?').get(id) as ParticipantRow | undefined;
  if (!row) throw new KredsError('not_found', 'Deltageren findes ikke (den kan være slettet)');
  return toParticipant(row, participantInUse(ctx, row.id));
}

/** Active participants of a case in the order they were added; archived ones too when asked. */
export function listParticipants(ctx: ServiceContext, caseId: string, options: { includeArchived?: boolean } = {}): Participant[] {
  getCase(ctx, caseId);
  const sql = `SELECT * FROM participants WHERE case_id = ? ${options.includeArchived ? '' : 'AND archived_at IS NULL'} ORDER BY created_at, rowid`;
  const used = participantsInUseForCase(ctx, caseId);
  return (prepared(ctx.db, sql).all(caseId) as ParticipantRow[]).map((row) => toParticipant(row, used.has(row.id)));
}

type Fields = Input<'participants.create'> | Input<'participants.update'>;

function refuseDuplicate(ctx: ServiceContext, caseId: string, input: Fields & { id?: string }): void {
  if (input.confirmDuplicate) return;
  const existing = listParticipants(ctx, caseId, { includeArchived: true });
  const duplicate = findDuplicate(existing, { name: input.name, role: input.role, id: input.id });
  if (!duplicate) return;
  const archived = duplicate.archivedAt ? ' (arkiveret)' : '';
  const message = `${duplicate.name}${archived} findes allerede med samme rolle. Mente du den eksisterende person?`;
  throw new KredsError('conflict', message, { name: message });
}

/** "Andet" says nothing on its own: the free text is what tells the family and the network who this is. */
function requireRoleDetailForOther(input: { role: Role; roleDetail?: string }): void {
  if (input.role === 'other' && !input.roleDetail?.trim()) {
    throw new KredsError('invalid_input', 'Skriv hvilken rolle personen har', { roleDetail: 'Skriv hvilken rolle personen har' });
  }
}

function changed(ctx: ServiceContext, caseId: string, id: string): void {
  touchCase(ctx, caseId);
  ctx.emit({ type: 'participants.changed', id: caseId, origin: ctx.origin, data: { participantId: id } });
}

export function createParticipant(ctx: ServiceContext, input: Input<'participants.create'>): Participant {
  getCase(ctx, input.caseId);
  requireRoleDetailForOther(input);
  refuseDuplicate(ctx, input.caseId, input);
  const id = newId();
  const now = ctx.now().toISOString();
  prepared(
    ctx.db,
    `INSERT INTO participants (id, case_id, name, name_key, role, role_detail, group_kind, organisation, phone, email, note, created_at, updated_at)
     VALUES (@id, @caseId, @name, @nameKey, @role, @roleDetail, @group, @organisation, @phone, @email, @note, @now, @now)`,
  ).run({ ...columns(input), id, caseId: input.caseId, now });
  changed(ctx, input.caseId, id);
  const created = getParticipant(ctx, id);
  ctx.audit?.({ action: 'create', entity: 'participant', entityId: id, caseId: input.caseId, after: auditView(created), summary: participantSummary(null, auditView(created)) });
  return created;
}

function columns(input: ParticipantFields & { role: Role }) {
  return {
    name: input.name,
    nameKey: personKey(input.name),
    role: input.role,
    roleDetail: input.roleDetail ?? '',
    group: input.group ?? groupForRole(input.role),
    organisation: input.organisation ?? '',
    phone: input.phone ?? '',
    email: input.email ?? '',
    note: input.note ?? '',
  };
}

export function updateParticipant(ctx: ServiceContext, input: Input<'participants.update'>): Participant {
  const current = getParticipant(ctx, input.id);
  requireRoleDetailForOther(input);
  refuseDuplicate(ctx, current.caseId, input);
  prepared(
    ctx.db,
    `UPDATE participants SET name = @name, name_key = @nameKey, role = @role, role_detail = @roleDetail, group_kind = @group,
       organisation = @organisation, phone = @phone, email = @email, note = @note, updated_at = @now WHERE id = @id`,
  ).run({ ...columns(input), id: input.id, now: ctx.now().toISOString() });
  changed(ctx, current.caseId, input.id);
  const updated = getParticipant(ctx, input.id);
  ctx.audit?.({
    action: 'update',
    entity: 'participant',
    entityId: input.id,
    caseId: current.caseId,
    before: auditView(current),
    after: auditView(updated),
    summary: participantSummary(auditView(current), auditView(updated)),
  });
  return updated;
}

function setArchived(ctx: ServiceContext, id: string, archived: boolean): Participant {
  const current = getParticipant(ctx, id);
  if ((current.archivedAt !== null) === archived) {
    throw new KredsError('conflict', archived ? `${current.name} er allerede arkiveret` : `${current.name} er ikke arkiveret`);
  }
  const now = ctx.now().toISOString();
  prepared(ctx.db, 'UPDATE participants SET archived_at = ?, updated_at = ? WHERE id = ?').run(archived ? now : null, now, id);
  changed(ctx, current.caseId, id);
  const summary = participantArchiveSummary(current.name, archived);
  ctx.audit?.({ action: archived ? 'archive' : 'restore', entity: 'participant', entityId: id, caseId: current.caseId, fields: ['archivedAt'], summary });
  return getParticipant(ctx, id);
}

/** Deleting is for mistakes only: someone who took part in a meeting stays in the history and can be archived. */
export function deleteParticipant(ctx: ServiceContext, id: string): { deleted: true } & UndoTicket {
  const current = getParticipant(ctx, id);
  refuseWhileResponsible(ctx, current.name, id);
  if (current.inUse) {
    throw new KredsError('conflict', `${current.name} har været med i et møde eller har en opgave og kan ikke slettes. Arkivér i stedet — så bevares historikken.`);
  }
  const ticket = deleteUndoably(ctx, { table: 'participants', id, caseId: current.caseId }, (ctx) => {
    prepared(ctx.db, 'DELETE FROM participants WHERE id = ?').run(id);
    changed(ctx, current.caseId, id);
    ctx.audit?.({ action: 'delete', entity: 'participant', entityId: id, caseId: current.caseId, fields: [], summary: participantSummary(auditView(current), null) });
  });
  return { deleted: true, ...ticket };
}

export function getContactPerson(ctx: ServiceContext, caseId: string): ContactPerson {
  getCase(ctx, caseId);
  const history = (
    prepared(ctx.db, 'SELECT participant_id, participant_name, changed_at FROM contact_person_history WHERE case_id = ? ORDER BY changed_at DESC, rowid DESC')
      .all(caseId) as { participant_id: string | null; participant_name: string; changed_at: string }[]
  ).map((r) => ({ participantId: r.participant_id, participantName: r.participant_name, changedAt: r.changed_at }));
  const latest = history[0]?.participantId;
  const current = latest ? getParticipant(ctx, latest) : null;
  return { current: current && current.archivedAt === null ? current : null, history };
}

/** Names the one person the family calls (tovholder); every change is kept with its date. */
export function setContactPerson(ctx: ServiceContext, caseId: string, participantId: string): ContactPerson {
  const participant = getParticipant(ctx, participantId);
  if (participant.caseId !== caseId) throw new KredsError('invalid_input', 'Deltageren hører til en anden sag');
  if (participant.archivedAt) throw new KredsError('conflict', `${participant.name} er arkiveret og kan ikke være kontaktperson`);
  const previous = getContactPerson(ctx, caseId).current;
  if (previous?.id === participantId) return getContactPerson(ctx, caseId);
  prepared(ctx.db, 'INSERT INTO contact_person_history (id, case_id, participant_id, participant_name, changed_at) VALUES (?, ?, ?, ?, ?)')
    .run(newId(), caseId, participantId, participant.name, ctx.now().toISOString());
  changed(ctx, caseId, participantId);
  const summary = contactPersonSummary(previous?.name ?? null, participant.name);
  ctx.audit?.({ action: 'set_contact_person', entity: 'case', entityId: caseId, caseId, fields: ['contactPerson'], summary });
  return getContactPerson(ctx, caseId);
}

export const participantsHandlers: HandlerMap<
  | 'participants.list'
  | 'participants.create'
  | 'participants.update'
  | 'participants.archive'
  | 'participants.restore'
  | 'participants.delete'
  | 'participants.contactPerson'
  | 'participants.setContactPerson'
> = {
  'participants.list': (ctx, input) => listParticipants(ctx, input.caseId, { includeArchived: input.includeArchived }),
  'participants.create': createParticipant,
  'participants.update': updateParticipant,
  'participants.archive': (ctx, input) => setArchived(ctx, input.id, true),
  'participants.restore': (ctx, input) => setArchived(ctx, input.id, false),
  'participants.delete': (ctx, input) => deleteParticipant(ctx, input.id),
  'participants.contactPerson': (ctx, input) => getContactPerson(ctx, input.caseId),
  'participants.setContactPerson': (ctx, input) => setContactPerson(ctx, input.caseId, input.participantId),
};
