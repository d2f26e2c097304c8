import type { AgendaItem, AttendanceEntry, MeetingDetail, MeetingEdit, MeetingNote, MeetingSummary, PhaseDetail, TaskDraft } from '../../shared/contract/meetings';
import type { LeadKind, MeetingType, NoteForm, PhaseKind } from '../../shared/domain/meetingTemplates';
import type { Attendance, MeetingStatus, NoteKind, PresenterMode } from '../../shared/domain/meetings';
import { type MeetingAudit, meetingSummary } from '../../shared/domain/meetingsAudit';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import { getCase } from './cases';
import { newId, type ServiceContext } from './context';
import { childFirstOrder } from './childFirst';

/** Reading a meeting back, and the bookkeeping every meeting change shares (events, edits after the meeting). */
export interface MeetingRow {
  id: string;
  case_id: string;
  type: MeetingType;
  starts_at: string;
  place: string;
  status: MeetingStatus;
  current_phase: string | null;
  purpose: string;
  agenda: string;
  invited_by: string;
  lead_kind: LeadKind;
  lead_name: string;
  note_taker: string;
  note_form: NoteForm;
  presenter_mode: PresenterMode;
  presenter_phase: string | null;
  started_at: string | null;
  ended_at: string | null;
  created_at: string;
  updated_at: string;
}

interface PhaseRow {
  id: string;
  position: number;
  kind: PhaseKind;
  title: string;
  planned_minutes: number;
  questions: string;
  current_question: number;
  elapsed_seconds: number;
  running_since: string | null;
  visited_at: string | null;
}

export function meetingRow(ctx: ServiceContext, id: string): MeetingRow {
  const row = prepared(ctx.db, 'SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
  if (!row) throw new KredsError('not_found', 'Mødet findes ikke (det kan være slettet)');
  return row;
}

export function toSummary(row: MeetingRow): MeetingSummary {
  return { id: row.id, caseId: row.case_id, type: row.type, startsAt: row.starts_at, place: row.place, status: row.status, currentPhaseId: row.current_phase };
}

export function listPhases(ctx: ServiceContext, meetingId: string): PhaseDetail[] {
  const rows = prepared(ctx.db, 'SELECT * FROM meeting_phases WHERE meeting_id = ? ORDER BY position').all(meetingId) as PhaseRow[];
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    kind: r.kind,
    title: r.title,
    plannedMinutes: r.planned_minutes,
    questions: JSON.parse(r.questions) as string[],
    currentQuestion: r.current_question,
    elapsedSeconds: r.elapsed_seconds,
    runningSince: r.running_since,
    visitedAt: r.visited_at,
  }));
}

export function listAttendance(ctx: ServiceContext, meetingId: string): AttendanceEntry[] {
  const rows = prepared(ctx.db, `SELECT participant_id, name, role, group_kind, status FROM meeting_attendance a WHERE meeting_id = ? ORDER BY ${childFirstOrder('a')}`)
    .all(meetingId) as { participant_id: string; name: string; role: string; group_kind: string; status: Attendance }[];
  return rows.map((r) => ({ participantId: r.participant_id, name: r.name, role: r.role, groupKind: r.group_kind, status: r.status }));
}

export function getMeeting(ctx: ServiceContext, id: string): MeetingDetail {
  const row = meetingRow(ctx, id);
  const notes = prepared(ctx.db, 'SELECT * FROM meeting_notes WHERE meeting_id = ?').all(id) as {
    id: string; phase_id: string; kind: NoteKind; doc: string; plain_text: string; revision: number; updated_at: string;
  }[];
  const drafts = prepared(ctx.db, 'SELECT * FROM meeting_task_drafts WHERE meeting_id = ? ORDER BY created_at, rowid').all(id) as {
    id: string; meeting_id: string; phase_id: string | null; text: string; created_at: string;
  }[];
  const edits = prepared(ctx.db, 'SELECT what, edited_by, edited_at FROM meeting_edits WHERE meeting_id = ? ORDER BY edited_at DESC, rowid DESC').all(id) as {
    what: string; edited_by: string; edited_at: string;
  }[];
  return {
    ...toSummary(row),
    childName: getCase(ctx, row.case_id).childName,
    purpose: row.purpose,
    agenda: JSON.parse(row.agenda) as AgendaItem[],
    invitedBy: row.invited_by,
    leadKind: row.lead_kind,
    leadName: row.lead_name,
    noteTaker: row.note_taker,
    noteForm: row.note_form,
    presenterMode: row.presenter_mode,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    phases: listPhases(ctx, id),
    attendance: listAttendance(ctx, id),
    notes: notes.map((n): MeetingNote => ({ id: n.id, phaseId: n.phase_id, kind: n.kind, doc: JSON.parse(n.doc), text: n.plain_text, revision: n.revision, updatedAt: n.updated_at })),
    taskDrafts: drafts.map((d): TaskDraft => ({ id: d.id, meetingId: d.meeting_id, phaseId: d.phase_id, text: d.text, createdAt: d.created_at })),
    edits: edits.map((e): MeetingEdit => ({ what: e.what, editedBy: e.edited_by, editedAt: e.edited_at })),
  };
}

/** Whoever is editing: the profile name when a first-run profile exists, otherwise a neutral label. */
export function editorName(ctx: ServiceContext): string {
  const row = prepared(ctx.db, `SELECT value FROM settings WHERE key IN ('profile', 'user_profile') LIMIT 1`).get() as { value: string } | undefined;
  try {
    const name = row ? (JSON.parse(row.value) as { name?: unknown }).name : undefined;
    if (typeof name === 'string' && name.trim()) return name.trim();
  } catch {
    // A malformed profile must not stop a note from being saved.
  }
  return 'Brugeren på denne computer';
}

/**
 * A held meeting may still be corrected, but every change is recorded with who and when. Autosave writes every
 * second while someone types, so a run of the same edit by the same person within ten minutes is one record.
 */
export function recordEditIfHeld(ctx: ServiceContext, meeting: Pick<MeetingRow, 'id' | 'status'>, what: string): void {
  if (meeting.status !== 'held') return;
  const by = editorName(ctx);
  const now = ctx.now();
  const last = prepared(ctx.db, 'SELECT id, what, edited_by, edited_at FROM meeting_edits WHERE meeting_id = ? ORDER BY edited_at DESC, rowid DESC LIMIT 1')
    .get(meeting.id) as { id: string; what: string; edited_by: string; edited_at: string } | undefined;
  if (last && last.what === what && last.edited_by === by && now.getTime() - new Date(last.edited_at).getTime() < 10 * 60_000) {
    prepared(ctx.db, 'UPDATE meeting_edits SET edited_at = ? WHERE id = ?').run(now.toISOString(), last.id);
    return;
  }
  prepared(ctx.db, 'INSERT INTO meeting_edits (id, meeting_id, what, edited_by, edited_at) VALUES (?, ?, ?, ?, ?)').run(newId(), meeting.id, what, by, now.toISOString());
}

export function emitMeeting(ctx: ServiceContext, id: string, data: Record<string, unknown> = {}): void {
  ctx.emit({ type: 'meetings.changed', id, origin: ctx.origin, data });
}


function meetingAudit(m: MeetingDetail | null): MeetingAudit | null {
  return m && { type: m.type, startsAt: m.startsAt, place: m.place, status: m.status, leadName: m.leadName, noteTaker: m.noteTaker, purpose: m.purpose };
}

/** A meeting created, prepared, started, held or cancelled, in its case's audit trail with a before/after summary. */
export function auditMeeting(ctx: ServiceContext, action: string, before: MeetingDetail | null, after: MeetingDetail | null): void {
  const { id, caseId } = (after ?? before)!;
  const [b, a] = [meetingAudit(before), meetingAudit(after)];
  ctx.audit?.({ action, entity: 'meetings', entityId: id, caseId, before: b, after: a, summary: meetingSummary(b, a) });
}
