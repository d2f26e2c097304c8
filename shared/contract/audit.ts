import { z } from 'zod';
import { channel, emptyInput } from './define';

/** One line of the audit trail. It never holds the text the user typed, only which fields changed. */
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
  /** Names of the fields that changed (or were given), never their values. */
  fields: string[];
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first entry whose hash or link to the previous entry does not match. */
  firstBroken: { seq: number; at: string; reason: 'hash' | 'link' } | null;
}

export const auditContract = {
  'audit.list': channel<AuditEntry[]>()(z.object({ caseId: z.string().uuid(), limit: z.number().int().min(1).max(1000).optional() }).strict()),
  'audit.verify': channel<AuditVerification>()(emptyInput),
};
