/**
 * Scaling's lines in the audit trail: a score given, changed or taken back, and a scaling question added or
 * reworded. What may be written is audit.ts's rule.
 */
import { auditSummary, type CapabilityAudit } from './audit';

export const scalingAudit: CapabilityAudit = { capability: 'scaling', entities: ['scaling', 'scaling_question'] };

/** A score given, changed or taken back: who and the number, which everyone in the meeting saw. */
export function scoreSummary(participantName: string, before: number | null, after: number | null): string {
  if (before === null) return `Skalering: ${participantName} gav ${after ?? '–'}`;
  if (after === null) return `Skalering: ${participantName}s ${before} fjernet`;
  return `Skalering: ${participantName} ${before} → ${after}`;
}

export interface ScalingQuestionAudit {
  text: string;
}
/** A scaling question is shown on the shared screen: named like an agreement (short), its new wording not written. */
export const scalingQuestionSummary = (before: ScalingQuestionAudit | null, after: ScalingQuestionAudit | null) =>
  auditSummary({ what: 'Skaleringsspørgsmål', name: (after ?? before)?.text, fields: [{ key: 'text', label: 'tekst', text: true }], before, after });
