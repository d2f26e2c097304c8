import { toCopenhagen } from '../../shared/domain/localTime';
import { prepared } from '../db/statements';
import type { ServiceContext } from './context';
import type { MeetingHooks } from './meetingHooks';

/** A meeting was held: the follow-ups it fulfilled (planned for that day or earlier, not planned by it) are held. */
function markFollowUpsHeldBy(ctx: ServiceContext, meeting: { id: string; caseId: string }): void {
  const today = toCopenhagen(ctx.now()).date;
  const result = prepared(
    ctx.db,
    `UPDATE followups SET status = 'held', updated_at = ? WHERE case_id = ? AND status = 'planned' AND start_date <= ?
       AND (from_meeting_id IS NULL OR from_meeting_id != ?)`,
  ).run(ctx.now().toISOString(), meeting.caseId, today, meeting.id);
  if (result.changes > 0) ctx.emit({ type: 'followups.changed', id: meeting.caseId, origin: ctx.origin });
}

/** How the follow-ups react when a meeting of the case is held (registered in services/index.ts). */
export const followUpMeetingHooks: MeetingHooks = { held: markFollowUpsHeldBy };
