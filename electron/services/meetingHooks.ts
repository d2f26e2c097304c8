import type { MeetingDetail } from '../../shared/contract/meetings';
import type { ServiceContext } from './context';
import { markFollowUpsHeldBy } from './followups';
import { snapshotNetworkMap } from './networkMap';

/**
 * What other slices do when a meeting starts or is held, inside the same transaction. The network map keeps a
 * snapshot of how the network looked at the start and the end of each meeting (issue 3); later slices add a line here.
 */
export const meetingHooks = {
  started(ctx: ServiceContext, meeting: MeetingDetail): void {
    snapshotNetworkMap(ctx, meeting.caseId, meeting.id, 'meeting_start');
  },
  held(ctx: ServiceContext, meeting: MeetingDetail): void {
    snapshotNetworkMap(ctx, meeting.caseId, meeting.id, 'meeting_end');
    markFollowUpsHeldBy(ctx, meeting);
  },
};
