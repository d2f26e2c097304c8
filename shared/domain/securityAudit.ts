/** The app lock's lines in the audit trail: set up and changed, never the secret nor what kind it is. */
import type { CapabilityAudit } from './audit';

export const securityAudit: CapabilityAudit = { capability: 'security', entities: ['lock'] };

export const LOCK_SET_UP_SUMMARY = 'App-lås sat op (PIN-kode eller adgangssætning)';
export const LOCK_CHANGED_SUMMARY = 'App-lås: PIN-kode eller adgangssætning skiftet';
