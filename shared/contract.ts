import type { z } from 'zod';
import './validation';
import { agreementsContract } from './contract/agreements';
import { appContract } from './contract/app';
import { bundleContract } from './contract/bundle';
import { auditContract } from './contract/audit';
import { backupContract } from './contract/backup';
import { casesContract } from './contract/cases';
import { exportContract } from './contract/export';
import { followupsContract } from './contract/followups';
import { consentContract } from './contract/consent';
import type { Channel } from './contract/define';
import { mapContract } from './contract/map';
import { scalingContract } from './contract/scaling';
import { reviewContract } from './contract/review';
import { searchContract } from './contract/search';
import { meetingsContract } from './contract/meetings';
import { networkMapContract } from './contract/networkMap';
import { participantsContract } from './contract/participants';
import { phonesContract } from './contract/phones';
import { planContract } from './contract/plan';
import { demoContract } from './contract/demo';
import { securityContract } from './contract/security';
import { settingsContract } from './contract/settings';
import { sharedScreenContract } from './contract/sharedScreen';
import { undoContract } from './contract/undo';
import { safetyPlanContract } from './contract/safetyPlan';
import { childStoryContract } from './contract/childStory';

/**
 * Every channel between renderer and host. The preload, the HTTP client and both hosts' validation are
 * derived from this object; no channel exists outside it. Each capability adds its group here.
 */
export const contract = {
  ...appContract,
  ...casesContract,
  ...meetingsContract,
  ...participantsContract,
  ...consentContract,
  ...networkMapContract,
  ...agreementsContract,
  ...planContract,
  ...safetyPlanContract,
  ...childStoryContract,
  ...mapContract,
  ...scalingContract,
  ...followupsContract,
  ...searchContract,
  ...reviewContract,
  ...bundleContract,
  ...exportContract,
  ...securityContract,
  ...auditContract,
  ...backupContract,
  ...settingsContract,
  ...demoContract,
  ...sharedScreenContract,
  ...phonesContract,
  ...undoContract,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames = Object.keys(contract) as ChannelName[];

export type Input<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Contract[K]['input']>;
export type Output<K extends ChannelName> = Contract[K] extends Channel<z.ZodType, infer O> ? O : never;

export type KredsApi = { [K in ChannelName]: (input: Input<K>) => Promise<Output<K>> };

/** Host → renderer pushes: another window changed something the renderer shows. */
export interface KredsEvent {
  type: string;
  /** The entity id the change concerns (a case, a meeting), so listeners can ignore the rest. */
  id?: string;
  /** The window that caused the change, so it can ignore its own echo. */
  origin?: string;
  data?: unknown;
}

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
