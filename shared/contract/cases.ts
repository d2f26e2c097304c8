import { z } from 'zod';
import { CASE_STATUSES, CASE_TYPES, type CaseStatus, type CaseType } from '../domain/cases';
import { channel, idInput, requiredText } from './define';

export const caseFields = z.object({
  childName: requiredText(80),
  birthYear: z.number().int().min(1990).max(2100),
  caseType: z.enum(CASE_TYPES),
  responsibleWorker: requiredText(120),
});
export type CaseFields = z.infer<typeof caseFields>;

export const caseListInput = z
  .object({
    query: z.string().max(200).optional(),
    /** deletion_due: closed cases past their deletion date (the worker must act on them). */
    status: z.enum([...CASE_STATUSES, 'all', 'deletion_due']).optional(),
    caseType: z.enum([...CASE_TYPES, 'all']).optional(),
    responsibleWorker: z.string().max(120).optional(),
  })
  .strict();
export type CaseListInput = z.input<typeof caseListInput>;

export interface CaseSummary {
  id: string;
  childName: string;
  birthYear: number;
  caseType: CaseType;
  responsibleWorker: string;
  status: CaseStatus;
  lastActivityAt: string;
  /** A fictional demo case (marked in every list, removed with demo.remove). */
  isDemo: boolean;
  /** Closed, and its retention period has ended: it should be deleted now ("Slet sagen nu"). */
  deletionDue: boolean;
  /** Participant names that matched the search, when the search matched a participant rather than the child. */
  matchedParticipants?: string[];
}

export interface CaseDetail extends CaseSummary {
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedReason: string | null;
  /** For a closed case: the day its retention period ends and it is due for deletion. */
  deletionDueAt: string | null;
}

export const casesContract = {
  'cases.list': channel<CaseSummary[]>()(caseListInput),
  'cases.get': channel<CaseDetail>()(idInput),
  'cases.create': channel<CaseDetail>()(caseFields.strict()),
  'cases.update': channel<CaseDetail>()(caseFields.extend({ id: z.string().uuid() }).strict()),
  'cases.close': channel<CaseDetail>()(z.object({ id: z.string().uuid(), reason: requiredText(2000) }).strict()),
  'cases.reopen': channel<CaseDetail>()(idInput),
  /** "Slet sagen nu": removes the case and everything under it at once; the child's name typed confirms. */
  'cases.delete': channel<{ id: string }>()(z.object({ id: z.string().uuid(), confirmName: requiredText(80) }).strict()),
  'cases.workers': channel<string[]>()(z.object({}).strict()),
};
