import { z } from 'zod';
import { LEAD_KINDS, MEETING_TYPES, NOTE_FORMS, PHASE_KINDS, type LeadKind, type MeetingType, type NoteForm, type PhaseKind } from '../domain/meetingTemplates';
import { ATTENDANCE, NOTE_KINDS, PRESENTER_MODES, type Attendance, type MeetingStatus, type NoteKind, type PresenterMode } from '../domain/meetings';
import { channel, idInput, optionalText, requiredText } from './define';

const id = z.string().uuid();
/** Local date-time as typed: 'yyyy-mm-ddTHH:mm'. */
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Angiv dato og klokkeslæt');

export const phaseInput = z
  .object({
    /** Present for an existing phase (keeps its notes and timer); absent for a new one. */
    id: id.optional(),
    kind: z.enum(PHASE_KINDS),
    title: requiredText(80),
    plannedMinutes: z.number().int().min(1).max(240),
    questions: z.array(requiredText(300)).max(20),
  })
  .strict();
export type PhaseInput = z.input<typeof phaseInput>;

export const agendaItem = z.object({ text: requiredText(200), proposedBy: optionalText(80) }).strict();
export type AgendaItem = z.output<typeof agendaItem>;

export const meetingPreparation = z
  .object({
    type: z.enum(MEETING_TYPES),
    startsAt: localDateTime,
    place: optionalText(200),
    purpose: optionalText(1000),
    agenda: z.array(agendaItem).max(30).optional().default([]),
    invitedBy: optionalText(120),
    leadKind: z.enum(LEAD_KINDS).optional().default('caseworker'),
    leadName: optionalText(120),
    noteTaker: optionalText(120),
    noteForm: z.enum(NOTE_FORMS).optional().default('beslutningsreferat'),
    /** The user confirmed a date far in the past or future. */
    confirmUnusualDate: z.boolean().optional().default(false),
  })
  .strict();

export const createMeetingInput = meetingPreparation.extend({ caseId: id, templateId: id.optional(), participantIds: z.array(id).max(100).optional() }).strict();
export type CreateMeetingInput = z.input<typeof createMeetingInput>;
export const updateMeetingInput = meetingPreparation.extend({ id }).strict();
export type UpdateMeetingInput = z.input<typeof updateMeetingInput>;

/** A ProseMirror document as tiptap produces it; the host stores it as JSON and keeps a plain-text copy for search. */
const proseMirrorDoc = z.object({ type: z.literal('doc'), content: z.array(z.unknown()).optional() }).passthrough();

export const saveNoteInput = z
  .object({
    meetingId: id,
    phaseId: id,
    kind: z.enum(NOTE_KINDS),
    doc: proseMirrorDoc,
    /**
     * Ignored: the host derives the note's text from `doc` (shared/domain/noteDoc.ts), so search, journal and review
     * always read what the shared screen shows. Still accepted so that older callers keep working.
     */
    text: z.string().max(500_000).optional(),
  })
  .strict();

export interface PhaseDetail {
  id: string;
  position: number;
  kind: PhaseKind;
  title: string;
  plannedMinutes: number;
  questions: string[];
  currentQuestion: number;
  elapsedSeconds: number;
  /** ISO time the timer was started, or null when paused. */
  runningSince: string | null;
  visitedAt: string | null;
}

export interface AttendanceEntry {
  participantId: string;
  name: string;
  role: string;
  groupKind: string;
  status: Attendance;
}

export interface MeetingNote {
  id: string;
  phaseId: string;
  kind: NoteKind;
  doc: unknown;
  text: string;
  revision: number;
  updatedAt: string;
}

export interface TaskDraft {
  id: string;
  meetingId: string;
  phaseId: string | null;
  text: string;
  createdAt: string;
}

export interface MeetingEdit {
  what: string;
  editedBy: string;
  editedAt: string;
}

export interface MeetingSummary {
  id: string;
  caseId: string;
  type: MeetingType;
  startsAt: string;
  place: string;
  status: MeetingStatus;
  currentPhaseId: string | null;
}

export interface MeetingDetail extends MeetingSummary {
  childName: string;
  purpose: string;
  agenda: AgendaItem[];
  invitedBy: string;
  leadKind: LeadKind;
  leadName: string;
  noteTaker: string;
  noteForm: NoteForm;
  presenterMode: PresenterMode;
  startedAt: string | null;
  endedAt: string | null;
  createdAt: string;
  updatedAt: string;
  phases: PhaseDetail[];
  attendance: AttendanceEntry[];
  /** Shared and fortrolige notes: the console only. The shared screen gets its own answer (contract/sharedScreen.ts). */
  notes: MeetingNote[];
  taskDrafts: TaskDraft[];
  /** Changes made after the meeting was held (who/when). */
  edits: MeetingEdit[];
}

export interface MeetingTemplate {
  /** 'default:<type>' for the built-in templates, a uuid for the user's own. */
  id: string;
  name: string;
  type: MeetingType;
  builtIn: boolean;
  phases: PhaseInput[];
}

const meetingId = z.object({ meetingId: id });

export const meetingsContract = {
  'meetings.list': channel<MeetingSummary[]>()(z.object({ caseId: id }).strict()),
  'meetings.get': channel<MeetingDetail>()(idInput),
  /** Meetings in progress on any case: reopening the app offers to continue them. */
  'meetings.running': channel<(MeetingSummary & { childName: string })[]>()(z.object({}).strict()),
  'meetings.create': channel<MeetingDetail>()(createMeetingInput),
  'meetings.update': channel<MeetingDetail>()(updateMeetingInput),
  'meetings.cancel': channel<MeetingDetail>()(idInput),
  'meetings.setInvitees': channel<MeetingDetail>()(meetingId.extend({ participantIds: z.array(id).max(100) }).strict()),
  'meetings.setPhases': channel<MeetingDetail>()(meetingId.extend({ phases: z.array(phaseInput).min(1).max(30) }).strict()),
  'meetings.templates': channel<MeetingTemplate[]>()(z.object({}).strict()),
  'meetings.saveTemplate': channel<MeetingTemplate>()(
    z.object({ name: requiredText(80), type: z.enum(MEETING_TYPES), phases: z.array(phaseInput).min(1).max(30) }).strict(),
  ),
  'meetings.deleteTemplate': channel<null>()(idInput),
  'meetings.start': channel<MeetingDetail>()(idInput),
  'meetings.goToPhase': channel<MeetingDetail>()(meetingId.extend({ phaseId: id }).strict()),
  'meetings.setTimer': channel<MeetingDetail>()(meetingId.extend({ running: z.boolean() }).strict()),
  'meetings.setQuestion': channel<MeetingDetail>()(meetingId.extend({ phaseId: id, index: z.number().int().min(0).max(50) }).strict()),
  'meetings.setAttendance': channel<MeetingDetail>()(meetingId.extend({ participantId: id, status: z.enum(ATTENDANCE) }).strict()),
  'meetings.saveNote': channel<MeetingNote>()(saveNoteInput),
  'meetings.setPresenterMode': channel<MeetingDetail>()(meetingId.extend({ mode: z.enum(PRESENTER_MODES) }).strict()),
  'meetings.addTaskDraft': channel<TaskDraft>()(meetingId.extend({ phaseId: id.nullable(), text: requiredText(1000) }).strict()),
  'meetings.end': channel<MeetingDetail>()(idInput),
};
