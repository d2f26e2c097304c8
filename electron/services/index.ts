import type { ChannelName } from '../../shared/contract';
import { agreementsHandlers } from './agreements';
import { agreementsOverviewHandlers } from './agreementsOverview';
import { agreementsReviewHandlers } from './agreementsReview';
import { bundleHandlers, bundlePreparers } from './bundle';
import { auditHandlers } from './audit';
import { casesHandlers } from './cases';
import { followUpMeetingHooks } from './followupsHeld';
import { consentHandlers } from './consent';
import type { HandlerMap, PreparerMap } from './context';
import { planHandlers } from './plan';
import { planFromMapHandlers } from './planFromMap';
import { followupsHandlers } from './followups';
import { meetingsHandlers } from './meetings';
import { registerMeetingHooks } from './meetingHooks';
import { networkMapHandlers, networkMapMeetingHooks } from './networkMap';
import { participantsHandlers } from './participants';
import { mapHandlers } from './map';
import { scalingHandlers } from './scaling';
import { reviewHandlers } from './review';
import { searchHandlers } from './search';
import { demoHandlers } from './demo';
import { settingsHandlers } from './settings';
import { sharedScreenHandlers } from './sharedScreen';
import { undoHandlers } from './undo';
import { safetyPlanHandlers } from './safetyPlan';
import { childStoryHandlers } from './childStory';

/**
 * Channels each host answers itself (they touch the OS, the files or the host's state such as the lock,
 * not only the database; they may be async and run outside the per-call transaction).
 */
export type HostChannel = Extract<ChannelName, 'app.info' | 'app.openExternal' | 'export.pdf' | 'followups.openInCalendar' | `lock.${string}` | `backup.${string}` | `phones.${string}`>;
export type ServiceChannel = Exclude<ChannelName, HostChannel>;

/**
 * What other slices do when a meeting starts or is held, registered where the services are assembled, so the meetings
 * slice imports none of them (the network map's snapshot first, then the follow-ups the meeting fulfilled).
 */
registerMeetingHooks(networkMapMeetingHooks, followUpMeetingHooks);

/** Every service channel must have a handler here, or this does not compile. */
export const serviceHandlers: HandlerMap<ServiceChannel> = {
  ...casesHandlers,
  ...agreementsHandlers,
  ...agreementsReviewHandlers,
  ...agreementsOverviewHandlers,
  ...planHandlers,
  ...planFromMapHandlers,
  ...safetyPlanHandlers,
  ...childStoryHandlers,
  ...followupsHandlers,
  ...meetingsHandlers,
  ...participantsHandlers,
  ...consentHandlers,
  ...networkMapHandlers,
  ...mapHandlers,
  ...scalingHandlers,
  ...searchHandlers,
  ...reviewHandlers,
  ...bundleHandlers,
  ...auditHandlers,
  ...settingsHandlers,
  ...demoHandlers,
  ...sharedScreenHandlers,
  ...undoHandlers,
};

/** Channels with slow work before their transaction (see PreparerMap). */
export const servicePreparers: PreparerMap<ServiceChannel> = { ...bundlePreparers };
