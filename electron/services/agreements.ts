import type { Agreement, AgreementDefaults, CreateAgreementInput, ResponsibleOption, UpdateAgreementInput } from '../../shared/contract/agreements';
import { agreementErrors, defaultDueDate, type AgreementStatus } from '../../shared/domain/agreements';
import { agreementSummary } from '../../shared/domain/agreementsAudit';
import { toIsoDay } from '../../shared/domain/dates';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import { newId, type HandlerMap, type ServiceContext } from './context';
import type { UndoTicket } from '../../shared/contract/undo';
import { deleteUndoably } from './undo';
import { proposedNextDay } from './followups';

export interface AgreementRow {
  id: string;
  case_id: string;
  meeting_id: string | null;
  what: string;
  why: string;
  responsible_participant_id: string | null;
  responsible_name: string;
  due_date: string | null;
  status: AgreementStatus;
  goal_id: string | null;
  map_item_id: string | null;
  source: Agreement['source'];
  carried_from_id: string | null;
  carried_forward: number;
  comment: string;
  created_at: string;
  updated_at: string;
}

export function toAgreement(row: AgreementRow): Agreement {
  return {
    id: row.id,
    caseId: row.case_id,
    meetingId: row.meeting_id,
    what: row.what,
    why: row.why,
    responsibleParticipantId: row.responsible_participant_id,
    responsibleName: row.responsible_name,
    dueDate: row.due_date,
    status: row.status,
    goalId: row.goal_id,
    mapItemId: row.map_item_id,
    source: row.source,
    carriedFromId: row.carried_from_id,
    carriedForward: row.carried_forward === 1,
    comment: row.comment,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function auditAgreement(ctx: ServiceContext, action: string, before: Agreement | null, after: Agreement | null): void {
  const { id, caseId } = (after ?? before)!;
  ctx.audit?.({ action, entity: 'agreements', entityId: id, caseId, before, after, summary: agreementSummary(before, after) });
}

export function getAgreement(ctx: ServiceContext, id: string): Agreement {
  const row = prepared(ctx.db, 'SELECT * FROM agreements WHERE id = ?').get(id) as AgreementRow | undefined;
  if (!row) throw new KredsError('not_found', 'Aftalen findes ikke (den kan være slettet)');
  return toAgreement(row);
}

interface MeetingRow {
  id: string;
  case_id: string;
  starts_at: string;
}

export function meetingRow(ctx: ServiceContext, meetingId: string): MeetingRow {
  const row = prepared(ctx.db, 'SELECT id, case_id, starts_at FROM meetings WHERE id = ?').get(meetingId) as MeetingRow | undefined;
  if (!row) throw new KredsError('not_found', 'Mødet findes ikke (det kan være slettet)');
  return row;
}

/** The case's next meeting after this one (not cancelled), whose eve is the natural deadline. */
function nextMeetingDate(ctx: ServiceContext, meeting: MeetingRow): string | null {
  const row = prepared(ctx.db, `SELECT starts_at FROM meetings WHERE case_id = ? AND starts_at > ? AND status != 'cancelled' ORDER BY starts_at LIMIT 1`)
    .get(meeting.case_id, meeting.starts_at) as { starts_at: string } | undefined;
  return row ? row.starts_at.slice(0, 10) : null;
}

function dueDateFor(ctx: ServiceContext, meetingId: string | null): string {
  if (!meetingId) return defaultDueDate(toIsoDay(ctx.now()));
  const meeting = meetingRow(ctx, meetingId);
  const [date, time] = meeting.starts_at.split('T') as [string, string];
  return defaultDueDate(date, nextMeetingDate(ctx, meeting) ?? proposedNextDay(ctx, meeting.case_id, { date, time: time.slice(0, 5) }));
}

export function responsibleOptions(ctx: ServiceContext, caseId: string): ResponsibleOption[] {
  return prepared(ctx.db, `SELECT id AS participantId, name, role FROM participants WHERE case_id = ? AND archived_at IS NULL ORDER BY name COLLATE NOCASE`)
    .all(caseId) as ResponsibleOption[];
}

function agreementDefaults(ctx: ServiceContext, caseId: string, meetingId: string | null): AgreementDefaults {
  const meetingDate = meetingId ? meetingRow(ctx, meetingId).starts_at.slice(0, 10) : null;
  return { meetingDate, dueDate: dueDateFor(ctx, meetingId), responsibleOptions: responsibleOptions(ctx, caseId) };
}

function checkFields(ctx: ServiceContext, caseId: string, input: { what: string; responsibleName: string; responsibleParticipantId: string | null }) {
  const errors = agreementErrors({ what: input.what, responsibleName: input.responsibleName, dueDate: null });
  const first = errors.what ?? errors.responsible;
  if (first) {
    const fields: Record<string, string> = {};
    if (errors.what) fields.what = errors.what;
    if (errors.responsible) fields.responsibleName = errors.responsible;
    throw new KredsError('invalid_input', first, fields);
  }
  if (input.responsibleParticipantId) {
    const owner = prepared(ctx.db, 'SELECT case_id FROM participants WHERE id = ?').get(input.responsibleParticipantId) as { case_id: string } | undefined;
    if (owner?.case_id !== caseId) {
      throw new KredsError('invalid_input', 'Den ansvarlige er ikke deltager i sagen', { responsibleName: 'Vælg en deltager fra sagen' });
    }
  }
}

interface InsertExtras {
  source?: Agreement['source'];
  carriedFromId?: string | null;
  status?: AgreementStatus;
}

export function createAgreement(ctx: ServiceContext, input: CreateAgreementInput, extras: InsertExtras = {}): Agreement {
  const caseExists = prepared(ctx.db, 'SELECT 1 FROM cases WHERE id = ?').get(input.caseId);
  if (!caseExists) throw new KredsError('not_found', 'Sagen findes ikke (den kan være slettet)');
  const meetingId = input.meetingId ?? null;
  if (meetingId && meetingRow(ctx, meetingId).case_id !== input.caseId) throw new KredsError('invalid_input', 'Mødet hører til en anden sag');
  const responsibleParticipantId = input.responsibleParticipantId ?? null;
  checkFields(ctx, input.caseId, { what: input.what, responsibleName: input.responsibleName, responsibleParticipantId });
  const id = newId();
  const now = ctx.now().toISOString();
  prepared(
    ctx.db,
    `INSERT INTO agreements (id, case_id, meeting_id, what, why, responsible_participant_id, responsible_name, due_date, status, goal_id,
       map_item_id, source, carried_from_id, comment, created_at, updated_at)
     VALUES (@id, @caseId, @meetingId, @what, @why, @responsibleParticipantId, @responsibleName, @dueDate, @status, @goalId,
       @mapItemId, @source, @carriedFromId, @comment, @now, @now)`,
  ).run({
    id,
    caseId: input.caseId,
    meetingId,
    what: input.what.trim(),
    why: (input.why ?? '').trim(),
    responsibleParticipantId,
    responsibleName: input.responsibleName.trim(),
    dueDate: input.dueDate === undefined ? dueDateFor(ctx, meetingId) : input.dueDate,
    status: extras.status ?? 'not_started',
    goalId: input.goalId ?? null,
    mapItemId: input.mapItemId ?? null,
    source: extras.source ?? (input.mapItemId ? 'map' : 'manual'),
    carriedFromId: extras.carriedFromId ?? null,
    comment: (input.comment ?? '').trim(),
    now,
  });
  ctx.emit({ type: 'agreements.changed', id: input.caseId, origin: ctx.origin });
  const created = getAgreement(ctx, id);
  auditAgreement(ctx, 'create', null, created);
  return created;
}

export function updateAgreement(ctx: ServiceContext, input: UpdateAgreementInput): Agreement {
  const current = getAgreement(ctx, input.id);
  const responsibleParticipantId = input.responsibleParticipantId ?? null;
  checkFields(ctx, current.caseId, { what: input.what, responsibleName: input.responsibleName, responsibleParticipantId });
  prepared(
    ctx.db,
    `UPDATE agreements SET what = @what, why = @why, responsible_participant_id = @responsibleParticipantId, responsible_name = @responsibleName,
       due_date = @dueDate, status = @status, goal_id = @goalId, map_item_id = @mapItemId, comment = @comment, updated_at = @now WHERE id = @id`,
  ).run({
    id: input.id,
    what: input.what.trim(),
    why: (input.why ?? '').trim(),
    responsibleParticipantId,
    responsibleName: input.responsibleName.trim(),
    dueDate: input.dueDate === undefined ? current.dueDate : input.dueDate,
    status: input.status,
    goalId: input.goalId ?? null,
    mapItemId: input.mapItemId ?? null,
    comment: (input.comment ?? '').trim(),
    now: ctx.now().toISOString(),
  });
  ctx.emit({ type: 'agreements.changed', id: current.caseId, origin: ctx.origin });
  const updated = getAgreement(ctx, input.id);
  auditAgreement(ctx, 'update', current, updated);
  return updated;
}

function deleteAgreement(ctx: ServiceContext, id: string): UndoTicket {
  const current = getAgreement(ctx, id);
  return deleteUndoably(ctx, { table: 'agreements', id, caseId: current.caseId }, (ctx) => {
    prepared(ctx.db, 'DELETE FROM agreements WHERE id = ?').run(id);
    auditAgreement(ctx, 'delete', current, null);
    ctx.emit({ type: 'agreements.changed', id: current.caseId, origin: ctx.origin });
  });
}

/** "Gør til aftale": a task line from the meeting notes becomes an agreement, and the draft is used up. */
export function agreementFromTaskDraft(
  ctx: ServiceContext,
  input: { draftId: string; responsibleParticipantId?: string | null; responsibleName: string; dueDate?: string | null },
): Agreement {
  const draft = prepared(ctx.db, 'SELECT d.text, d.meeting_id AS meetingId, m.case_id AS caseId FROM meeting_task_drafts d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = ?')
    .get(input.draftId) as { text: string; meetingId: string; caseId: string } | undefined;
  if (!draft) throw new KredsError('not_found', 'Udkastet findes ikke længere (det kan allerede være gjort til en aftale)');
  const agreement = createAgreement(
    ctx,
    { caseId: draft.caseId, meetingId: draft.meetingId, what: draft.text, responsibleName: input.responsibleName, responsibleParticipantId: input.responsibleParticipantId ?? null, dueDate: input.dueDate },
    { source: 'notes' },
  );
  prepared(ctx.db, 'DELETE FROM meeting_task_drafts WHERE id = ?').run(input.draftId);
  ctx.emit({ type: 'meetings.taskDraftsChanged', id: draft.meetingId, origin: ctx.origin });
  ctx.emit({ type: 'meetings.changed', id: draft.meetingId, origin: ctx.origin, data: { what: 'taskDrafts' } });
  return agreement;
}

/** Open agreements a participant is responsible for: the participants slice refuses deletion while any exist. */
export function openAgreementsFor(ctx: ServiceContext, participantId: string): Agreement[] {
  const rows = prepared(
    ctx.db,
    `SELECT * FROM agreements WHERE responsible_participant_id = ? AND status IN ('not_started', 'in_progress') AND carried_forward = 0 ORDER BY due_date`,
  ).all(participantId) as AgreementRow[];
  return rows.map(toAgreement);
}

function listBy(ctx: ServiceContext, column: 'meeting_id' | 'case_id', id: string): Agreement[] {
  return (prepared(ctx.db, `SELECT * FROM agreements WHERE ${column} = ? ORDER BY created_at, rowid`).all(id) as AgreementRow[]).map(toAgreement);
}

export const agreementsHandlers: HandlerMap<
  | 'agreements.listForMeeting'
  | 'agreements.listForCase'
  | 'agreements.defaults'
  | 'agreements.create'
  | 'agreements.update'
  | 'agreements.delete'
  | 'agreements.fromTaskDraft'
  | 'agreements.openFor'
> = {
  'agreements.listForMeeting': (ctx, input) => listBy(ctx, 'meeting_id', input.meetingId),
  'agreements.listForCase': (ctx, input) => listBy(ctx, 'case_id', input.caseId),
  'agreements.defaults': (ctx, input) => agreementDefaults(ctx, input.caseId, input.meetingId),
  'agreements.create': (ctx, input) => createAgreement(ctx, input),
  'agreements.update': updateAgreement,
  'agreements.delete': (ctx, input) => deleteAgreement(ctx, input.id),
  'agreements.fromTaskDraft': agreementFromTaskDraft,
  'agreements.openFor': (ctx, input) => openAgreementsFor(ctx, input.participantId),
};

/** Called by the participants slice before a delete: the list tells the user what to reassign first. */
export function refuseWhileResponsible(ctx: ServiceContext, name: string, participantId: string): void {
  const open = openAgreementsFor(ctx, participantId);
  if (open.length === 0) return;
  const list = open.map((a) => `»${a.what}«`).join(', ');
  throw new KredsError(
    'conflict',
    `${name} er ansvarlig for ${open.length === 1 ? 'en åben aftale' : `${open.length} åbne aftaler`}: ${list}. Giv ${open.length === 1 ? 'den' : 'dem'} til en anden først.`,
    { agreements: list },
  );
}
