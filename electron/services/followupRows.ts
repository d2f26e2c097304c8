import type { FollowUp } from '../../shared/contract/followups';
import type { InviteDetail } from '../../shared/domain/calendarInvite';

/** The followups table's row and its mapping to the contract's FollowUp. */
export interface FollowUpRow {
  id: string;
  case_id: string;
  from_meeting_id: string | null;
  planned_meeting_id: string | null;
  start_date: string;
  start_time: string;
  duration_minutes: number;
  location: string;
  status: FollowUp['status'];
  sequence: number;
  window_earliest: string | null;
  window_target: string | null;
  window_latest: string | null;
  outside_window_reason: string | null;
  invite_detail: InviteDetail;
  updated_at: string;
}

export function toFollowUp(row: FollowUpRow): FollowUp {
  return {
    id: row.id,
    caseId: row.case_id,
    fromMeetingId: row.from_meeting_id,
    start: { date: row.start_date, time: row.start_time },
    durationMinutes: row.duration_minutes,
    location: row.location,
    status: row.status,
    sequence: row.sequence,
    window:
      row.window_earliest && row.window_target && row.window_latest
        ? { earliest: row.window_earliest, target: row.window_target, latest: row.window_latest }
        : null,
    outsideWindowReason: row.outside_window_reason,
    inviteDetail: row.invite_detail,
    updatedAt: row.updated_at,
  };
}
