/**
 * The case's own lines in the audit trail: the case created, changed, closed and reopened, and the fictional demo
 * cases removed. What may be written is audit.ts's rule; the labels are the Danish interface's own.
 */
import casesDa from '../i18n/da/cases.json';
import { asLabel, asLowerLabel, auditSummary, countOf, type CapabilityAudit, type SummaryField } from './audit';

export const casesAudit: CapabilityAudit = { capability: 'cases', entities: ['case', 'cases', 'demo'] };

export interface CaseAudit {
  childName: string;
  birthYear: number;
  caseType: string;
  responsibleWorker: string;
  status: string;
  closedReason: string | null;
}
const CASE_FIELDS: SummaryField<CaseAudit>[] = [
  { key: 'caseType', label: 'sagstype', format: asLabel(casesDa.type) },
  { key: 'responsibleWorker', label: 'ansvarlig' },
  { key: 'status', label: 'status', format: asLowerLabel(casesDa.statusValue) },
  // The child's name and birth year identify the child: a change is named, never written.
  { key: 'childName', label: 'barnets navn', text: true },
  { key: 'birthYear', label: 'fødselsår', text: true },
  { key: 'closedReason', label: 'begrundelse for lukning', text: true },
];
/** The case is never named by its child: the log is already the case's own. */
export const caseSummary = (before: CaseAudit | null, after: CaseAudit | null) => auditSummary({ what: 'Sag', name: null, fields: CASE_FIELDS, before, after });

/** Removing the demo: fictional cases only, so the count is all there is to say. */
export const demoRemovalSummary = (removed: number) => `Demodata fjernet: ${countOf(removed, 'fiktiv sag', 'fiktive sager')}`;
