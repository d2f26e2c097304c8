import type { Migration } from '../migrate';
import { m001Init } from './001-init';
import { m002Participants } from './002-participants';
import { m003Meetings } from './003-meetings';
import { m004Followups } from './004-followups';
import { m005Security } from './005-security';
import { m007Map } from './007-map';
import { m008Plan } from './008-plan';
import { m009Search } from './009-search';
import { m010ScaleIndexes } from './010-scale-indexes';
import { m011AuditSummaries } from './011-audit-summaries';
import { m012SafetyPlan } from './012-safety-plan';
import { m013ChildStory } from './013-child-story';
import { m014HouseDrawings } from './014-house-drawings';

/** Every migration, in order. Never edit one that has shipped: add the next number. */
export const migrations: Migration[] = [m001Init, m002Participants, m003Meetings, m004Followups, m005Security, m007Map, m008Plan, m009Search, m010ScaleIndexes, m011AuditSummaries, m012SafetyPlan, m013ChildStory, m014HouseDrawings];
