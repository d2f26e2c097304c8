import type { MeetingDetail } from '../../shared/contract/meetings';
import type { ServiceContext } from './context';

/** What another slice does when a meeting starts or is held, inside the same transaction. */
export interface MeetingHooks {
  started?(ctx: ServiceContext, meeting: MeetingDetail): void;
  held?(ctx: ServiceContext, meeting: MeetingDetail): void;
}

const registered: MeetingHooks[] = [];

/**
 * Called once where the services are assembled (services/index.ts), so the meetings slice imports none of the
 * slices that react to it (they import meetings: the follow-ups plan their meeting through it). Runs in order given.
 */
export function registerMeetingHooks(...hooks: MeetingHooks[]): void {
  for (const hook of hooks) if (!registered.includes(hook)) registered.push(hook);
}

export const meetingHooks = {
  started(ctx: ServiceContext, meeting: MeetingDetail): void {
    for (const hook of registered) hook.started?.(ctx, meeting);
  },
  held(ctx: ServiceContext, meeting: MeetingDetail): void {
    for (const hook of registered) hook.held?.(ctx, meeting);
  },
};
