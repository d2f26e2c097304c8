import { contract } from '../../shared/contract';
import type { FollowUp } from '../../shared/contract/followups';
import type { ServiceContext } from './context';
import { createMeeting, updateMeeting } from './meetings';
import { meetingsLiveHandlers } from './meetingsLive';
import { getMeeting, listAttendance } from './meetingsStore';

/**
 * Keeps the case's planned follow-up meeting (the meetings slice) in step with the follow-up: agreeing on the next
 * meeting plans an Opfølgningsmøde with the same invitees, moving the follow-up moves it, cancelling cancels it.
 * A meeting already planned for that day (planned by hand, or by the demo) is linked rather than duplicated.
 */
export function planFollowUpMeeting(ctx: ServiceContext, followUp: FollowUp): string {
  const startsAt = `${followUp.start.date}T${followUp.start.time}`;
  const existing = ctx.db
    .prepare(`SELECT id FROM meetings WHERE case_id = ? AND status = 'planned' AND substr(starts_at, 1, 10) = ? ORDER BY starts_at LIMIT 1`)
    .get(followUp.caseId, followUp.start.date) as { id: string } | undefined;
  if (existing) return existing.id;
  const invitees = followUp.fromMeetingId ? listAttendance(ctx, followUp.fromMeetingId).map((a) => a.participantId) : [];
  const input = contract['meetings.create'].input.parse({
    caseId: followUp.caseId,
    type: 'follow_up',
    startsAt,
    place: followUp.location,
    participantIds: invitees,
    confirmUnusualDate: true,
  });
  return createMeeting(ctx, input).id;
}

/** Moves the linked meeting while it is still only planned (a held or cancelled one is history). */
export function moveFollowUpMeeting(ctx: ServiceContext, meetingId: string, followUp: FollowUp): void {
  const meeting = getMeeting(ctx, meetingId);
  if (meeting.status !== 'planned') return;
  const input = contract['meetings.update'].input.parse({
    id: meeting.id,
    type: meeting.type,
    startsAt: `${followUp.start.date}T${followUp.start.time}`,
    place: followUp.location || meeting.place,
    purpose: meeting.purpose,
    agenda: meeting.agenda,
    invitedBy: meeting.invitedBy,
    leadKind: meeting.leadKind,
    leadName: meeting.leadName,
    noteTaker: meeting.noteTaker,
    noteForm: meeting.noteForm,
    confirmUnusualDate: true,
  });
  updateMeeting(ctx, input);
}

export function cancelFollowUpMeeting(ctx: ServiceContext, meetingId: string): void {
  if (getMeeting(ctx, meetingId).status !== 'planned') return;
  void meetingsLiveHandlers['meetings.cancel'](ctx, { id: meetingId });
}
