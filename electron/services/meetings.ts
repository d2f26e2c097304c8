import type { CreateMeetingInput, MeetingDetail, MeetingSummary, PhaseInput, UpdateMeetingInput } from '../../shared/contract/meetings';
import type { ChannelName, ParsedInput } from '../../shared/contract';
import { inviteesSummary, phasesSummary } from '../../shared/domain/meetingsAudit';
import { defaultPhases } from '../../shared/domain/meetingTemplates';
import { phrasePhasesForCase } from '../../shared/domain/caseDefaults';
import { DATE_CONCERN_MESSAGES, meetingDateConcern } from '../../shared/domain/meetings';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import { cadenceFor } from './caseCadence';
import { getCase, touchCase } from './cases';
import { newId, type HandlerMap, type ServiceContext } from './context';
import { auditMeeting, emitMeeting, getMeeting, listAttendance, listPhases, meetingRow, recordEditIfHeld, toSummary, type MeetingRow } from './meetingsStore';
import { meetingsLiveHandlers } from './meetingsLive';
import { findTemplatePhases, meetingTemplatesHandlers } from './meetingTemplates';

export { getMeeting } from './meetingsStore';
export type { MeetingDetail } from '../../shared/contract/meetings';

export function listMeetings(ctx: ServiceContext, caseId: string): MeetingSummary[] {
  getCase(ctx, caseId);
  return (prepared(ctx.db, 'SELECT * FROM meetings WHERE case_id = ? ORDER BY starts_at DESC').all(caseId) as MeetingRow[]).map(toSummary);
}

function checkDate(ctx: ServiceContext, startsAt: string, confirmed: boolean): void {
  const concern = meetingDateConcern(startsAt, ctx.now());
  if (concern && !confirmed) {
    throw new KredsError('conflict', DATE_CONCERN_MESSAGES[concern], { startsAt: DATE_CONCERN_MESSAGES[concern] });
  }
}

export function writePhases(ctx: ServiceContext, meetingId: string, phases: PhaseInput[]): void {
  const existing = new Set(listPhases(ctx, meetingId).map((p) => p.id));
  const kept = new Set(phases.map((p) => p.id).filter((x): x is string => !!x && existing.has(x)));
  for (const old of existing) if (!kept.has(old)) prepared(ctx.db, 'DELETE FROM meeting_phases WHERE id = ?').run(old);
  const update = prepared(ctx.db, 'UPDATE meeting_phases SET position = ?, kind = ?, title = ?, planned_minutes = ?, questions = ? WHERE id = ?');
  const insert = prepared(
    ctx.db,
    'INSERT INTO meeting_phases (id, meeting_id, position, kind, title, planned_minutes, questions) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  phases.forEach((p, position) => {
    const questions = JSON.stringify(p.questions);
    if (p.id && kept.has(p.id)) update.run(position, p.kind, p.title, p.plannedMinutes, questions, p.id);
    else insert.run(newId(), meetingId, position, p.kind, p.title, p.plannedMinutes, questions);
  });
}

export function createMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.create'>): MeetingDetail {
  getCase(ctx, input.caseId);
  checkDate(ctx, input.startsAt, input.confirmUnusualDate);
  const id = newId();
  const now = ctx.now().toISOString();
  prepared(
    ctx.db,
    `INSERT INTO meetings (id, case_id, type, starts_at, place, status, purpose, agenda, invited_by, lead_kind, lead_name, note_taker, note_form, created_at, updated_at)
     VALUES (@id, @caseId, @type, @startsAt, @place, 'planned', @purpose, @agenda, @invitedBy, @leadKind, @leadName, @noteTaker, @noteForm, @now, @now)`,
  ).run({ ...pick(input), id, caseId: input.caseId, now });
  const phases = input.templateId ? findTemplatePhases(ctx, input.templateId) : defaultPhases(input.type);
  writePhases(ctx, id, phrasePhasesForCase(phases, cadenceFor(ctx, input.caseId), isFirstMeeting(ctx, input.caseId, input.type)));
  if (input.participantIds?.length) setInvitees(ctx, id, input.participantIds);
  touchCase(ctx, input.caseId);
  emitMeeting(ctx, id, { what: 'created' });
  const created = getMeeting(ctx, id);
  auditMeeting(ctx, 'create', null, created);
  return created;
}

/** The follow-up a new meeting plans is the case's first when the meeting is no follow-up and none has been held. */
function isFirstMeeting(ctx: ServiceContext, caseId: string, type: string): boolean {
  if (type === 'follow_up') return false;
  return !prepared(ctx.db, `SELECT 1 FROM followups WHERE case_id = ? AND status = 'held'`).get(caseId);
}

function pick(input: ParsedInput<'meetings.update'> | ParsedInput<'meetings.create'>) {
  return {
    type: input.type,
    startsAt: input.startsAt,
    place: input.place,
    purpose: input.purpose,
    agenda: JSON.stringify(input.agenda),
    invitedBy: input.invitedBy,
    leadKind: input.leadKind,
    leadName: input.leadName,
    noteTaker: input.noteTaker,
    noteForm: input.noteForm,
  };
}

export function updateMeeting(ctx: ServiceContext, input: ParsedInput<'meetings.update'>): MeetingDetail {
  const row = meetingRow(ctx, input.id);
  const before = getMeeting(ctx, input.id);
  if (input.startsAt !== row.starts_at) checkDate(ctx, input.startsAt, input.confirmUnusualDate);
  prepared(
    ctx.db,
    `UPDATE meetings SET type = @type, starts_at = @startsAt, place = @place, purpose = @purpose, agenda = @agenda, invited_by = @invitedBy,
       lead_kind = @leadKind, lead_name = @leadName, note_taker = @noteTaker, note_form = @noteForm, updated_at = @now WHERE id = @id`,
  ).run({ ...pick(input), id: input.id, now: ctx.now().toISOString() });
  recordEditIfHeld(ctx, row, 'Forberedelse (tid, sted, roller, dagsorden)');
  touchCase(ctx, row.case_id);
  emitMeeting(ctx, input.id, { what: 'preparation' });
  const after = getMeeting(ctx, input.id);
  auditMeeting(ctx, 'update', before, after);
  return after;
}

interface ParticipantRow {
  id: string;
  name: string;
  role: string | null;
  group_kind: string | null;
}

/** Invites participants of the case. Attendance already recorded for someone who stays invited is kept. */
export function setInvitees(ctx: ServiceContext, meetingId: string, participantIds: string[]): MeetingDetail {
  const meeting = meetingRow(ctx, meetingId);
  const wanted = [...new Set(participantIds)];
  const rows = wanted.length
    ? (ctx.db
        .prepare(`SELECT id, name, role, group_kind FROM participants WHERE case_id = ? AND id IN (${wanted.map(() => '?').join(',')})`)
        .all(meeting.case_id, ...wanted) as ParticipantRow[])
    : [];
  if (rows.length !== wanted.length) throw new KredsError('invalid_input', 'En af de valgte deltagere hører ikke til sagen');
  const byId = new Map(rows.map((r) => [r.id, r]));
  const before = listAttendance(ctx, meetingId).map((a) => a.name);
  ctx.db.prepare(`DELETE FROM meeting_attendance WHERE meeting_id = ? AND participant_id NOT IN (${wanted.map(() => '?').join(',') || "''"})`).run(meetingId, ...wanted);
  const upsert = prepared(
    ctx.db,
    `INSERT INTO meeting_attendance (meeting_id, participant_id, name, role, group_kind, status, updated_at) VALUES (?, ?, ?, ?, ?, 'invited', ?)
     ON CONFLICT (meeting_id, participant_id) DO UPDATE SET name = excluded.name, role = excluded.role, group_kind = excluded.group_kind`,
  );
  const now = ctx.now().toISOString();
  for (const pid of wanted) {
    const p = byId.get(pid)!;
    upsert.run(meetingId, pid, p.name, p.role ?? '', p.group_kind ?? '', now);
  }
  recordEditIfHeld(ctx, meeting, 'Inviterede deltagere');
  const summary = inviteesSummary(before, listAttendance(ctx, meetingId).map((a) => a.name));
  ctx.audit?.({ action: 'update', entity: 'meetings', entityId: meetingId, caseId: meeting.case_id, fields: ['invitees'], summary });
  emitMeeting(ctx, meetingId, { what: 'attendance' });
  return getMeeting(ctx, meetingId);
}

function runningMeetings(ctx: ServiceContext): (MeetingSummary & { childName: string })[] {
  const rows = prepared(ctx.db, `SELECT m.*, c.child_name FROM meetings m JOIN cases c ON c.id = m.case_id WHERE m.status = 'running' ORDER BY m.started_at DESC`)
    .all() as (MeetingRow & { child_name: string })[];
  return rows.map((r) => ({ ...toSummary(r), childName: r.child_name }));
}

type Channels =
  | 'meetings.list'
  | 'meetings.running'
  | 'meetings.get'
  | 'meetings.create'
  | 'meetings.update'
  | 'meetings.setInvitees'
  | 'meetings.setPhases';

const coreHandlers: HandlerMap<Channels> = {
  'meetings.list': (ctx, input) => listMeetings(ctx, input.caseId),
  'meetings.get': (ctx, input) => getMeeting(ctx, input.id),
  'meetings.running': (ctx) => runningMeetings(ctx),
  'meetings.create': createMeeting,
  'meetings.update': updateMeeting,
  'meetings.setInvitees': (ctx, input) => setInvitees(ctx, input.meetingId, input.participantIds),
  'meetings.setPhases': (ctx, input) => {
    const meeting = meetingRow(ctx, input.meetingId);
    const before = listPhases(ctx, input.meetingId);
    writePhases(ctx, input.meetingId, input.phases);
    const phases = listPhases(ctx, input.meetingId);
    if (meeting.current_phase && !phases.some((p) => p.id === meeting.current_phase)) {
      prepared(ctx.db, 'UPDATE meetings SET current_phase = ? WHERE id = ?').run(phases[0]?.id ?? null, input.meetingId);
    }
    recordEditIfHeld(ctx, meeting, 'Faser');
    const summary = phasesSummary(before, phases);
    ctx.audit?.({ action: 'update', entity: 'meetings', entityId: input.meetingId, caseId: meeting.case_id, fields: ['phases'], summary });
    emitMeeting(ctx, input.meetingId, { what: 'phases' });
    return getMeeting(ctx, input.meetingId);
  },
};

/** The shared screen's `meetings.presenter` lives with the other shared-screen channels (sharedScreen.ts). */
export type MeetingChannel = Exclude<Extract<ChannelName, `meetings.${string}`>, 'meetings.presenter'>;

export const meetingsHandlers: HandlerMap<MeetingChannel> = {
  ...coreHandlers,
  ...meetingTemplatesHandlers,
  ...meetingsLiveHandlers,
};

export type { CreateMeetingInput, UpdateMeetingInput };
