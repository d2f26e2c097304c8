import { z } from 'zod';
import { channel, emptyInput } from './define';

/** One line of the audit trail: which fields changed and a short summary of safe values (shared/domain/audit.ts). */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  /** create, update, delete, close, reopen … (the verb of the channel). */
  action: string;
  /** The entity type, e.g. 'case'. */
  entity: string;
  entityId: string | null;
  caseId: string | null;
  /** Names of the fields that changed (or were given). */
  fields: string[];
  /** A short Danish before/after summary (never fortroligt text); null for older entries and erased ones. */
  summary: string | null;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /**
   * The first entry whose hash or link to the previous entry does not match (hash, link), whose summary was changed or
   * removed (summary); or the chain is shorter than its seal or a backup says it was (truncated: seq is how many
   * entries there were, at when that was sealed); or the seal beside the database is missing or does not match (anchor).
   */
  firstBroken: { seq: number; at: string; reason: 'hash' | 'link' | 'summary' | 'truncated' | 'anchor' } | null;
}

export const auditContract = {
  'audit.list': channel<AuditEntry[]>()(z.object({ caseId: z.string().uuid(), limit: z.number().int().min(1).max(1000).optional() }).strict()),
  'audit.verify': channel<AuditVerification>()(emptyInput),
};
