import { contract, type Input, type Output } from '../../shared/contract';
import type { MapPart } from '../../shared/domain/map';
import type { PhaseKind } from '../../shared/domain/meetingTemplates';
import type { WellbeingLevel } from '../../shared/domain/wellbeing';
import { agreementsHandlers } from './agreements';
import { agreementsReviewHandlers } from './agreementsReview';
import type { ServiceContext } from './context';
import { mapHandlers } from './map';
import { meetingsHandlers } from './meetings';
import { participantsHandlers } from './participants';
import { planHandlers } from './plan';
import { scalingHandlers } from './scaling';

/**
 * The slices a history is written through. Named here rather than taken from services/index.ts, which assembles the
 * demo that writes through this file: the import would run in a circle.
 */
const historyHandlers = {
  ...participantsHandlers,
  ...meetingsHandlers,
  ...mapHandlers,
  ...scalingHandlers,
  ...agreementsHandlers,
  ...agreementsReviewHandlers,
  ...planHandlers,
};
type HistoryChannel = keyof typeof historyHandlers;

/**
 * Writes a case's history of held meetings through the real services (contract validation included), so the demo
 * case, the tests and the benchmark all get data exactly as the app would have stored it.
 */
export function callService<K extends HistoryChannel>(ctx: ServiceContext, channel: K, input: Input<K>): Output<K> {
  const parsed = contract[channel].input.parse(input);
  return (historyHandlers[channel] as (ctx: ServiceContext, input: unknown) => Output<K>)(ctx, parsed);
}

export interface MeetingSpec {
  type: 'network_meeting' | 'follow_up' | 'resource_center';
  /** 'yyyy-mm-ddTHH:mm' */
  startsAt: string;
  place?: string;
  /** Participant keys present; the rest of the invited are recorded as absent. */
  present: string[];
  notes?: { phase: PhaseKind; text: string; confidential?: boolean }[];
  /** New items on the map (items carried from last meeting come along by themselves). */
  map?: { part: MapPart; text: string; saidBy?: string; confidential?: boolean }[];
  scores?: Record<string, number>;
  wellbeing?: WellbeingLevel;
  agreements?: { what: string; responsible: string; dueDate?: string }[];
  /** Outcome for each open agreement from earlier meetings, by the start of its text. */
  reviews?: { startsWith: string; outcome: 'done' | 'partly' | 'not_done'; comment?: string }[];
  /** Leave the meeting planned (the coming one) instead of holding it. */
  planned?: boolean;
}

export interface CaseHistorySpec {
  caseId: string;
  people: Record<string, { name: string; role: Input<'participants.create'>['role']; roleDetail?: string }>;
  goals?: { text: string; deadline?: string; progress?: { meeting: number; status: 'on_track' | 'some_progress' | 'no_progress' | 'reached'; score?: number }[] }[];
  meetings: MeetingSpec[];
}

function phaseId(meeting: Output<'meetings.get'>, kind: PhaseKind): string | null {
  return meeting.phases.find((p) => p.kind === kind)?.id ?? null;
}

function plainDoc(text: string) {
  return { type: 'doc' as const, content: text.split('\n').map((line) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] })) };
}

function writeMeeting(ctx: ServiceContext, spec: CaseHistorySpec, people: Record<string, string>, meeting: MeetingSpec): string {
  const created = callService(ctx, 'meetings.create', {
    caseId: spec.caseId,
    type: meeting.type,
    startsAt: meeting.startsAt,
    place: meeting.place ?? '',
    participantIds: Object.values(people),
    confirmUnusualDate: true,
  });
  if (meeting.planned) return created.id;
  callService(ctx, 'meetings.start', { id: created.id });
  for (const [key, id] of Object.entries(people)) {
    callService(ctx, 'meetings.setAttendance', { meetingId: created.id, participantId: id, status: meeting.present.includes(key) ? 'present' : 'absent' });
  }
  for (const note of meeting.notes ?? []) {
    const phase = phaseId(created, note.phase) ?? created.phases[0]!.id;
    callService(ctx, 'meetings.saveNote', { meetingId: created.id, phaseId: phase, kind: note.confidential ? 'confidential' : 'shared', doc: plainDoc(note.text), text: note.text });
  }
  for (const review of meeting.reviews ?? []) {
    const items = callService(ctx, 'agreements.review', { meetingId: created.id });
    const item = items.find((i) => i.agreement.what.startsWith(review.startsWith));
    if (item) callService(ctx, 'agreements.setReview', { meetingId: created.id, agreementId: item.agreement.id, outcome: review.outcome, comment: review.comment ?? '' });
  }
  // Opening the map carries last meeting's items and scaling question forward, as in the app.
  callService(ctx, 'map.get', { meetingId: created.id });
  for (const item of meeting.map ?? []) {
    callService(ctx, 'map.addItem', { meetingId: created.id, part: item.part, text: item.text, saidBy: item.saidBy ? people[item.saidBy]! : null, confidential: item.confidential ?? false });
  }
  const question = callService(ctx, 'scaling.get', { meetingId: created.id }).questions[0];
  for (const [key, value] of Object.entries(meeting.scores ?? {})) {
    if (question) callService(ctx, 'scaling.setScore', { questionId: question.id, participantId: people[key]!, value });
  }
  if (meeting.wellbeing) callService(ctx, 'map.setWellbeing', { meetingId: created.id, level: meeting.wellbeing });
  for (const agreement of meeting.agreements ?? []) {
    callService(ctx, 'agreements.create', {
      caseId: spec.caseId,
      meetingId: created.id,
      what: agreement.what,
      responsibleParticipantId: people[agreement.responsible]!,
      responsibleName: spec.people[agreement.responsible]!.name,
      dueDate: agreement.dueDate,
    });
  }
  callService(ctx, 'meetings.end', { id: created.id });
  return created.id;
}

/** Creates the people, the meetings in date order and the goals with their progress; returns the meeting ids. */
export function writeCaseHistory(ctx: ServiceContext, spec: CaseHistorySpec): { people: Record<string, string>; meetings: string[] } {
  const people: Record<string, string> = {};
  for (const [key, person] of Object.entries(spec.people)) {
    people[key] = callService(ctx, 'participants.create', { caseId: spec.caseId, name: person.name, role: person.role, roleDetail: person.roleDetail ?? '' }).id;
  }
  const meetings = spec.meetings.map((meeting) => writeMeeting(ctx, spec, people, meeting));
  for (const goal of spec.goals ?? []) {
    const created = callService(ctx, 'plan.addGoal', { caseId: spec.caseId, text: goal.text, deadline: goal.deadline ?? null, attractive: true, realistic: true });
    for (const progress of goal.progress ?? []) {
      callService(ctx, 'plan.recordProgress', { goalId: created.id, meetingId: meetings[progress.meeting]!, status: progress.status, score: progress.score ?? null });
    }
  }
  return { people, meetings };
}
