import type { MeetingDetail, MeetingNote, PresenterView, TaskDraft } from '../../shared/contract/meetings';
import type { ParsedInput } from '../../shared/contract';
import { hasPresenterView } from '../../shared/domain/meetingTemplates';
import { elapsedSeconds } from '../../shared/domain/meetings';
import { attendanceSummary, noteSummary, phaseMoveSummary, presenterModeSummary, questionSummary, taskDraftSummary, timerSummary } from '../../shared/domain/meetingsAudit';
import type { Attendance } from '../../shared/domain/meetings';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import { getCase, touchCase } from './cases';
import { newId, type HandlerMap, type ServiceContext } from './context';
import { auditMeeting, emitMeeting, getMeeting, listAttendance, listPhases, meetingRow, recordEditIfHeld, type MeetingRow } from './meetingsStore';
import { meetingHooks } from './meetingHooks';

/** Running a meeting: start, phases, timer, attendance, notes, the shared screen and the end. */

function requireRunning(row: MeetingRow): void {
  if (row.status === 'cancelled') throw new KredsError('conflict', 'Mødet er aflyst');
}

/** Banks the running stretch of a phase timer and stops it; returns whether it was running. */
function stopTimer(ctx: ServiceContext, phaseId: string | null): boolean {
  if (!phaseId) return false;
  const phase = listPhaseRow(ctx, phaseId);
  if (!phase?.running_since) return false;
  const total = elapsedSeconds({ elapsedSeconds: phase.elapsed_seconds, runningSince: phase.running_since }, ctx.now());
  prepared(ctx.db, 'UPDATE meeting_phases SET elapsed_seconds = ?, running_since = NULL WHERE id = ?').run(total, phaseId);
  return true;
}

function startTimer(ctx: ServiceContext, phaseId: string): void {
  const now = ctx.now().toISOString();
  prepared(ctx.db, 'UPDATE meeting_phases SET running_since = ?, visited_at = COALESCE(visited_at, ?) WHERE id = ? AND running_since IS NULL').run(now, now, phaseId);
}

function listPhaseRow(ctx: ServiceContext, phaseId: string) {
  return prepared(ctx.db, 'SELECT id, meeting_id, elapsed_seconds, running_since FROM meeting_phases WHERE id = ?').get(phaseId) as
    | { id: string; meeting_id: string; elapsed_seconds: number; running_since: string | null }
    | undefined;
}

function phaseTitle(ctx: ServiceContext, phaseId: string): string {
  return (prepared(ctx.db, 'SELECT title FROM meeting_phases WHERE id = ?').get(phaseId) as { title: string }).title;
}

function requirePhase(ctx: ServiceContext, meetingId: string, phaseId: string): void {
  const phase = listPhaseRow(ctx, phaseId);
  if (!phase || phase.meeting_id !== meetingId) throw new KredsError('not_found', 'Fasen findes ikke i dette møde');
}

export function startMeeting(ctx: ServiceContext, id: string): MeetingDetail {
  const row = meetingRow(ctx, id);
  if (row.status === 'running') return getMeeting(ctx, id);
  if (row.status !== 'planned') throw new KredsError('conflict', row.status === 'held' ? 'Mødet er allerede afholdt' : 'Mødet er aflyst');
  if (listAttendance(ctx, id).length === 0) {
    throw new KredsError('conflict', 'Mødet har ingen deltagere endnu. Tilføj deltagere på sagen, og vælg hvem der er inviteret, før mødet starter.', {
      participants: 'Vælg mindst én deltager',
    });
  }
  const first = listPhases(ctx, id)[0];
  const before = getMeeting(ctx, id);
  const now = ctx.now().toISOString();
  prepared(ctx.db, `UPDATE meetings SET status = 'running', started_at = ?, current_phase = ?, updated_at = ? WHERE id = ?`).run(now, first?.id ?? null, now, id);
  if (first) startTimer(ctx, first.id);
  meetingHooks.started(ctx, getMeeting(ctx, id));
  touchCase(ctx, row.case_id);
  emitMeeting(ctx, id, { what: 'status' });
  const after = getMeeting(ctx, id);
  auditMeeting(ctx, 'start', before, after);
  return after;
}

export function goToPhase(ctx: ServiceContext, meetingId: string, phaseId: string): MeetingDetail {
  const row = meetingRow(ctx, meetingId);
  requireRunning(row);
  requirePhase(ctx, meetingId, phaseId);
  if (row.current_phase === phaseId) return getMeeting(ctx, meetingId);
  const wasRunning = stopTimer(ctx, row.current_phase);
  if (wasRunning) startTimer(ctx, phaseId);
  else prepared(ctx.db, 'UPDATE meeting_phases SET visited_at = COALESCE(visited_at, ?) WHERE id = ?').run(ctx.now().toISOString(), phaseId);
  prepared(ctx.db, 'UPDATE meetings SET current_phase = ?, updated_at = ? WHERE id = ?').run(phaseId, ctx.now().toISOString(), meetingId);
  emitMeeting(ctx, meetingId, { what: 'phase', phaseId });
  const phases = listPhases(ctx, meetingId);
  const to = phases.findIndex((p) => p.id === phaseId);
  const from = phases.find((p) => p.id === row.current_phase)?.title ?? null;
  ctx.audit?.({ action: 'update', entity: 'meetings', entityId: meetingId, caseId: row.case_id, fields: ['currentPhase'], summary: phaseMoveSummary(from, phases[to]!.title, to + 1, phases.length) });
  return getMeeting(ctx, meetingId);
}

function setTimer(ctx: ServiceContext, meetingId: string, running: boolean): MeetingDetail {
  const row = meetingRow(ctx, meetingId);
  if (row.status !== 'running' || !row.current_phase) throw new KredsError('conflict', 'Timeren kører kun, mens mødet er i gang');
  const wasRunning = !!listPhaseRow(ctx, row.current_phase)?.running_since;
  if (running) startTimer(ctx, row.current_phase);
  else stopTimer(ctx, row.current_phase);
  if (wasRunning !== running) {
    const title = phaseTitle(ctx, row.current_phase);
    ctx.audit?.({ action: 'update', entity: 'meetings', entityId: meetingId, caseId: row.case_id, fields: ['timer'], summary: timerSummary(title, running) });
  }
  emitMeeting(ctx, meetingId, { what: 'timer' });
  return getMeeting(ctx, meetingId);
}

/**
 * One note is one field: the later save wins for that phase's shared or fortrolige note only, never for the
 * whole meeting. The revision lets other windows tell a newer text from their own echo.
 */
export function saveNote(ctx: ServiceContext, input: ParsedInput<'meetings.saveNote'>): MeetingNote {
  const row = meetingRow(ctx, input.meetingId);
  requirePhase(ctx, input.meetingId, input.phaseId);
  const now = ctx.now().toISOString();
  prepared(
    ctx.db,
    `INSERT INTO meeting_notes (id, meeting_id, phase_id, kind, doc, plain_text, revision, updated_at, updated_by)
     VALUES (@id, @meetingId, @phaseId, @kind, @doc, @text, 1, @now, @by)
     ON CONFLICT (meeting_id, phase_id, kind) DO UPDATE SET doc = excluded.doc, plain_text = excluded.plain_text,
       revision = meeting_notes.revision + 1, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run({ id: newId(), meetingId: input.meetingId, phaseId: input.phaseId, kind: input.kind, doc: JSON.stringify(input.doc), text: input.text, now, by: ctx.origin ?? '' });
  recordEditIfHeld(ctx, row, input.kind === 'confidential' ? 'Fortroligt notat' : 'Notat');
  const note = prepared(ctx.db, 'SELECT * FROM meeting_notes WHERE meeting_id = ? AND phase_id = ? AND kind = ?').get(input.meetingId, input.phaseId, input.kind) as {
    id: string; phase_id: string; kind: 'shared' | 'confidential'; doc: string; plain_text: string; revision: number; updated_at: string;
  };
  const summary = noteSummary(phaseTitle(ctx, input.phaseId), input.kind === 'confidential');
  ctx.audit?.({ action: 'update', entity: 'notes', entityId: note.id, caseId: row.case_id, fields: ['text'], summary });
  emitMeeting(ctx, input.meetingId, { what: 'note', phaseId: input.phaseId, kind: input.kind, revision: note.revision });
  return { id: note.id, phaseId: note.phase_id, kind: note.kind, doc: JSON.parse(note.doc), text: note.plain_text, revision: note.revision, updatedAt: note.updated_at };
}

export function endMeeting(ctx: ServiceContext, id: string): MeetingDetail {
  const row = meetingRow(ctx, id);
  if (row.status !== 'running') throw new KredsError('conflict', row.status === 'held' ? 'Mødet er allerede afsluttet' : 'Mødet er ikke i gang');
  const before = getMeeting(ctx, id);
  stopTimer(ctx, row.current_phase);
  const now = ctx.now().toISOString();
  prepared(ctx.db, `UPDATE meetings SET status = 'held', ended_at = ?, presenter_mode = 'live', updated_at = ? WHERE id = ?`).run(now, now, id);
  meetingHooks.held(ctx, getMeeting(ctx, id));
  touchCase(ctx, row.case_id);
  emitMeeting(ctx, id, { what: 'status' });
  const after = getMeeting(ctx, id);
  auditMeeting(ctx, 'finish', before, after);
  return after;
}

/** A meeting as the shared screen may hold it: no fortrolig note, no edit log. */
function familyFacing(meeting: MeetingDetail): MeetingDetail {
  return { ...meeting, notes: meeting.notes.filter((n) => n.kind === 'shared'), edits: [] };
}

/** The shared screen's content, built on the host so a fortrolig note never even reaches that window. */
export function presenterView(ctx: ServiceContext, id: string): PresenterView {
  const row = meetingRow(ctx, id);
  const phases = listPhases(ctx, id);
  const available = hasPresenterView(row.type);
  const shownId = row.presenter_mode === 'freeze' ? (row.presenter_phase ?? row.current_phase) : row.current_phase;
  const phase = available && row.presenter_mode !== 'blackout' && row.status === 'running' ? phases.find((p) => p.id === shownId) : undefined;
  const note = phase
    ? (prepared(ctx.db, `SELECT doc FROM meeting_notes WHERE meeting_id = ? AND phase_id = ? AND kind = 'shared'`).get(id, phase.id) as { doc: string } | undefined)
    : undefined;
  const present = available
    ? listAttendance(ctx, id)
        .filter((a) => a.status === 'present' || a.status === 'phone')
        .map((a) => ({ name: a.name, role: a.role, byPhone: a.status === 'phone' }))
    : [];
  return {
    meetingId: id,
    caseId: row.case_id,
    childName: getCase(ctx, row.case_id).childName,
    type: row.type,
    status: row.status,
    mode: row.presenter_mode,
    available,
    phase: phase ? { id: phase.id, kind: phase.kind, title: phase.title, position: phase.position, question: phase.questions[phase.currentQuestion] ?? null } : null,
    phaseCount: phases.length,
    present,
    sharedNote: note ? JSON.parse(note.doc) : null,
    meeting: available && row.presenter_mode !== 'blackout' ? familyFacing(getMeeting(ctx, id)) : null,
  };
}

type LiveChannel =
  | 'meetings.start' | 'meetings.goToPhase' | 'meetings.setTimer' | 'meetings.setQuestion' | 'meetings.setAttendance' | 'meetings.saveNote'
  | 'meetings.setPresenterMode' | 'meetings.addTaskDraft' | 'meetings.end' | 'meetings.cancel' | 'meetings.presenter';

export const meetingsLiveHandlers: HandlerMap<LiveChannel> = {
  'meetings.start': (ctx, input) => startMeeting(ctx, input.id),
  'meetings.goToPhase': (ctx, input) => goToPhase(ctx, input.meetingId, input.phaseId),
  'meetings.setTimer': (ctx, input) => setTimer(ctx, input.meetingId, input.running),
  'meetings.setQuestion': (ctx, input) => {
    const row = meetingRow(ctx, input.meetingId);
    requirePhase(ctx, input.meetingId, input.phaseId);
    const phase = listPhases(ctx, input.meetingId).find((p) => p.id === input.phaseId)!;
    if (phase.currentQuestion === input.index) return getMeeting(ctx, input.meetingId);
    prepared(ctx.db, 'UPDATE meeting_phases SET current_question = ? WHERE id = ?').run(input.index, input.phaseId);
    const summary = questionSummary(phase.title, phase.currentQuestion, input.index, phase.questions.length);
    ctx.audit?.({ action: 'update', entity: 'meetings', entityId: input.meetingId, caseId: row.case_id, fields: ['currentQuestion'], summary });
    emitMeeting(ctx, input.meetingId, { what: 'question', phaseId: input.phaseId });
    return getMeeting(ctx, input.meetingId);
  },
  'meetings.setAttendance': (ctx, input) => {
    const row = meetingRow(ctx, input.meetingId);
    const before = prepared(ctx.db, 'SELECT name, status FROM meeting_attendance WHERE meeting_id = ? AND participant_id = ?').get(input.meetingId, input.participantId) as
      | { name: string; status: Attendance }
      | undefined;
    if (!before) throw new KredsError('not_found', 'Deltageren er ikke inviteret til mødet');
    prepared(ctx.db, 'UPDATE meeting_attendance SET status = ?, updated_at = ? WHERE meeting_id = ? AND participant_id = ?')
      .run(input.status, ctx.now().toISOString(), input.meetingId, input.participantId);
    recordEditIfHeld(ctx, row, 'Fremmøde');
    const summary = attendanceSummary(before.name, before.status, input.status);
    ctx.audit?.({ action: 'update', entity: 'attendance', entityId: input.participantId, caseId: row.case_id, fields: ['status'], summary });
    emitMeeting(ctx, input.meetingId, { what: 'attendance' });
    return getMeeting(ctx, input.meetingId);
  },
  'meetings.saveNote': saveNote,
  'meetings.setPresenterMode': (ctx, input) => {
    const row = meetingRow(ctx, input.meetingId);
    const frozen = input.mode === 'freeze' ? row.current_phase : null;
    if (row.presenter_mode === input.mode && (row.presenter_phase ?? null) === frozen) return getMeeting(ctx, input.meetingId);
    prepared(ctx.db, 'UPDATE meetings SET presenter_mode = ?, presenter_phase = ? WHERE id = ?').run(input.mode, frozen, input.meetingId);
    const summary = presenterModeSummary(row.presenter_mode, input.mode, frozen ? phaseTitle(ctx, frozen) : null);
    ctx.audit?.({ action: 'update', entity: 'meetings', entityId: input.meetingId, caseId: row.case_id, fields: ['presenterMode'], summary });
    emitMeeting(ctx, input.meetingId, { what: 'presenter' });
    return getMeeting(ctx, input.meetingId);
  },
  'meetings.addTaskDraft': (ctx, input): TaskDraft => {
    const row = meetingRow(ctx, input.meetingId);
    if (input.phaseId) requirePhase(ctx, input.meetingId, input.phaseId);
    const draft: TaskDraft = { id: newId(), meetingId: input.meetingId, phaseId: input.phaseId, text: input.text, createdAt: ctx.now().toISOString() };
    prepared(ctx.db, 'INSERT INTO meeting_task_drafts (id, meeting_id, phase_id, text, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(draft.id, draft.meetingId, draft.phaseId, draft.text, draft.createdAt);
    recordEditIfHeld(ctx, row, 'Aftaleudkast');
    const summary = taskDraftSummary(input.phaseId ? phaseTitle(ctx, input.phaseId) : null);
    ctx.audit?.({ action: 'create', entity: 'task_draft', entityId: draft.id, caseId: row.case_id, fields: ['text'], summary });
    emitMeeting(ctx, input.meetingId, { what: 'taskDrafts' });
    ctx.emit({ type: 'meetings.taskDraftsChanged', id: input.meetingId, origin: ctx.origin });
    return draft;
  },
  'meetings.end': (ctx, input) => endMeeting(ctx, input.id),
  'meetings.cancel': (ctx, input) => {
    const row = meetingRow(ctx, input.id);
    if (row.status !== 'planned') throw new KredsError('conflict', 'Kun et planlagt møde kan aflyses');
    const before = getMeeting(ctx, input.id);
    prepared(ctx.db, `UPDATE meetings SET status = 'cancelled', updated_at = ? WHERE id = ?`).run(ctx.now().toISOString(), input.id);
    emitMeeting(ctx, input.id, { what: 'status' });
    const after = getMeeting(ctx, input.id);
    auditMeeting(ctx, 'cancel', before, after);
    return after;
  },
  'meetings.presenter': (ctx, input) => presenterView(ctx, input.id),
};
