import type { HandlerMap } from './context';
import { capabilityHandlers, type ServiceChannel } from './capabilities';
import { demoHandlers } from './demo';
import { followUpMeetingHooks } from './followups';
import { registerMeetingHooks } from './meetingHooks';
import { networkMapMeetingHooks } from './networkMap';

export type { CapabilityChannel, HostChannel, ServiceChannel } from './capabilities';

/**
 * The services as the hosts and tests use them. What other slices do when a meeting starts or is held is registered
 * here, where the services are assembled, so the meetings slice imports none of them (in this order: the network
 * map's snapshot first, then the follow-ups the meeting fulfilled).
 */
registerMeetingHooks(networkMapMeetingHooks, followUpMeetingHooks);

/** Every service channel must have a handler here, or this does not compile. */
export const serviceHandlers: HandlerMap<ServiceChannel> = { ...capabilityHandlers, ...demoHandlers };
