/**
 * The agreements' lines in the audit trail (Ændringslog): an agreement created, changed or deleted, and last
 * meeting's agreements reviewed at the follow-up. What may be written is audit.ts's rule.
 */
import { AGREEMENT_STATUS_LABELS, REVIEW_OUTCOME_LABELS } from './agreements';
import { asDate, asLowerLabel, auditSummary, type CapabilityAudit, type SummaryField } from './audit';

export const agreementsAudit: CapabilityAudit = { capability: 'agreements', entities: ['agreements', 'agreement_review'] };

export interface AgreementAudit {
  what: string;
  why: string;
  responsibleName: string;
  dueDate: string | null;
  status: string;
  comment: string;
}
const AGREEMENT_FIELDS: SummaryField<AgreementAudit>[] = [
  { key: 'what', label: 'tekst', text: true },
  { key: 'status', label: 'status', format: asLowerLabel(AGREEMENT_STATUS_LABELS) },
  { key: 'responsibleName', label: 'ansvarlig' },
  { key: 'dueDate', label: 'frist', format: asDate },
  { key: 'why', label: 'begrundelse', text: true },
  { key: 'comment', label: 'kommentar', text: true },
];
export const agreementSummary = (before: AgreementAudit | null, after: AgreementAudit | null) =>
  auditSummary({ what: 'Aftale', name: (after ?? before)?.what, fields: AGREEMENT_FIELDS, before, after });

export interface ReviewAudit {
  outcome: string | null;
  status: string;
  comment: string;
}
const REVIEW_FIELDS: SummaryField<ReviewAudit>[] = [
  { key: 'outcome', label: 'vurdering', format: asLowerLabel(REVIEW_OUTCOME_LABELS) },
  { key: 'status', label: 'status', format: asLowerLabel(AGREEMENT_STATUS_LABELS) },
  { key: 'comment', label: 'kommentar', text: true },
];
/** Last meeting's agreement reviewed at the follow-up (named as agreements are). */
export const reviewSummary = (agreement: string, before: ReviewAudit, after: ReviewAudit) =>
  auditSummary({ what: 'Opfølgning på aftale', name: agreement, fields: REVIEW_FIELDS, before, after });
