import type { MeetingStatus } from './meetings';
import type { MeetingType } from './meetingTemplates';

/**
 * The one thing the case page asks of the worker now, from the case's state (the method's order: the network first,
 * then the first meeting planned with the family, then the meeting, then its outcome and the next meeting).
 */
export type CaseNextStep =
  | { kind: 'closed' }
  | { kind: 'add_network' }
  | { kind: 'plan_first_meeting' }
  | { kind: 'continue_meeting'; meetingId: string }
  | { kind: 'prepare_meeting'; meetingId: string; startsAt: string; type: MeetingType; soon: boolean }
  | { kind: 'plan_next_meeting' };

export interface NextStepInput {
  caseOpen: boolean;
  /** Active (not archived) participants with their roles. */
  participants: { role: string }[];
  meetings: { id: string; type: MeetingType; startsAt: string; status: MeetingStatus }[];
  /** The wall-clock now as 'yyyy-mm-ddTHH:mm' (meetings are stored that way). */
  now: string;
}

/** A planned meeting today (or one left from an earlier day) is one to start, not to prepare. */
function startsSoon(startsAt: string, now: string): boolean {
  return startsAt.slice(0, 10) <= now.slice(0, 10);
}

export function caseNextStep({ caseOpen, participants, meetings, now }: NextStepInput): CaseNextStep {
  if (!caseOpen) return { kind: 'closed' };
  const running = meetings.find((m) => m.status === 'running');
  if (running) return { kind: 'continue_meeting', meetingId: running.id };
  // Only the child (or nobody) registered is no network yet: the advice is to map the network before meeting.
  if (!participants.some((p) => p.role !== 'child')) return { kind: 'add_network' };
  const planned = meetings.filter((m) => m.status === 'planned').sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  if (planned) return { kind: 'prepare_meeting', meetingId: planned.id, startsAt: planned.startsAt, type: planned.type, soon: startsSoon(planned.startsAt, now) };
  if (!meetings.some((m) => m.status === 'held')) return { kind: 'plan_first_meeting' };
  return { kind: 'plan_next_meeting' };
}

