/**
 * The audit trail's registry. Each capability owns its summaries next to its rules, in shared/domain/<capability>Audit.ts,
 * and declares there the entities its lines are written under; this file only assembles them. A new capability adds
 * its one line here (docs/decisions/audit.md); the sweep (auditSweep.test.ts) fails on an entity no capability declares.
 */
import type { CapabilityAudit } from './audit';
import { agreementsAudit } from './agreementsAudit';
import { bundleAudit } from './bundleAudit';
import { casesAudit } from './casesAudit';
import { consentAudit } from './consentAudit';
import { followupsAudit } from './followupsAudit';
import { mapAudit } from './mapAudit';
import { meetingsAudit } from './meetingsAudit';
import { networkMapAudit } from './networkMapAudit';
import { participantsAudit } from './participantsAudit';
import { childStoryAudit, safetyPlanAudit } from './safetyPlanAudit';
import { planAudit } from './planAudit';
import { scalingAudit } from './scalingAudit';
import { securityAudit } from './securityAudit';
import { settingsAudit } from './settingsAudit';

export const auditCapabilities: readonly CapabilityAudit[] = [
  casesAudit,
  participantsAudit,
  consentAudit,
  networkMapAudit,
  meetingsAudit,
  mapAudit,
  scalingAudit,
  agreementsAudit,
  planAudit,
  safetyPlanAudit,
  childStoryAudit,
  followupsAudit,
  bundleAudit,
  settingsAudit,
  securityAudit,
];

/** The capability a log entity belongs to (the first that declares it), or null for one nobody declared. */
export function capabilityOfEntity(entity: string): string | null {
  return auditCapabilities.find((c) => c.entities.includes(entity))?.capability ?? null;
}
