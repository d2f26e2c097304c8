import type { MeetingDetail } from '../../shared/contract/meetings';
import type { ServiceContext } from './context';
import { markFollowUpsHeldBy } from './followups';

/**
 * What other slices do when a meeting starts or is held, inside the same transaction. The network map keeps a
 * snapshot of how the network looked at each meeting (issue 3); later slices add their line here.
 */
export const meetingHooks = {
  started(_ctx: ServiceContext, _meeting: MeetingDetail): void {
    // Hook for issue 3's network map snapshot: wired in when that slice is merged.
  },
  held(ctx: ServiceContext, meeting: MeetingDetail): void {
    // Hook for issue 3's network map snapshot: wired in when that slice is merged.
    markFollowUpsHeldBy(ctx, meeting);
  },
};
