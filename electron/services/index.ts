import type { ChannelName } from '../../shared/contract';
import { casesHandlers } from './cases';
import { consentHandlers } from './consent';
import type { HandlerMap } from './context';
import { followupsHandlers } from './followups';
import { meetingsHandlers } from './meetings';
import { networkMapHandlers } from './networkMap';
import { participantsHandlers } from './participants';

/** Channels each host answers itself (they touch the OS or the host's state, not the database). */
export type HostChannel = 'app.info' | 'app.openExternal' | 'followups.openInCalendar';
export type ServiceChannel = Exclude<ChannelName, HostChannel>;

/** Every service channel must have a handler here, or this does not compile. */
export const serviceHandlers: HandlerMap<ServiceChannel> = {
  ...casesHandlers,
  ...followupsHandlers,
  ...meetingsHandlers,
  ...participantsHandlers,
  ...consentHandlers,
  ...networkMapHandlers,
};
