/**
 * The plan's lines in the audit trail: goals and sub-goals, the formal plan (Barnets plan / ungeplan) and progress on
 * a goal. What may be written is audit.ts's rule.
 */
import { asDate, asLabel, asLowerLabel, asYesNo, auditSummary, MAX_SUMMARY_LENGTH, shorten, type CapabilityAudit, type SummaryField } from './audit';
import { GOAL_STATUS_LABELS, PLAN_KIND_LABELS, PROGRESS_STATUS_LABELS } from './plan';

export const planAudit: CapabilityAudit = { capability: 'plan', entities: ['goals', 'plan', 'goal_progress'] };

export interface GoalAudit {
  text: string;
  deadline: string | null;
  status: string;
  parentId: string | null;
}
const GOAL_FIELDS: SummaryField<GoalAudit>[] = [
  { key: 'text', label: 'tekst', text: true },
  { key: 'status', label: 'status', format: asLowerLabel(GOAL_STATUS_LABELS) },
  { key: 'deadline', label: 'tidsfrist', format: asDate },
];
export const goalSummary = (before: GoalAudit | null, after: GoalAudit | null) =>
  auditSummary({ what: (after ?? before)?.parentId ? 'Delmål' : 'Mål', name: (after ?? before)?.text, fields: GOAL_FIELDS, before, after });

export interface FormalPlanAudit {
  kind: string;
  madeOn: string;
  withChild: boolean;
  withCustodyHolder: boolean;
  note: string;
}
const FORMAL_PLAN_FIELDS: SummaryField<FormalPlanAudit>[] = [
  { key: 'kind', label: 'slags', format: asLabel(PLAN_KIND_LABELS) },
  { key: 'madeOn', label: 'udarbejdet', format: asDate },
  { key: 'withChild', label: 'med barnet', format: asYesNo },
  { key: 'withCustodyHolder', label: 'med forældremyndighedsindehaver', format: asYesNo },
  { key: 'note', label: 'note', text: true },
];
export const formalPlanSummary = (before: FormalPlanAudit | null, after: FormalPlanAudit | null) =>
  auditSummary({ what: 'Formel plan', name: null, fields: FORMAL_PLAN_FIELDS, before, after });

export interface ProgressAudit {
  status: string | null;
  score: number | null;
  comment: string;
}
const PROGRESS_FIELDS: SummaryField<ProgressAudit>[] = [
  { key: 'status', label: 'status', format: asLowerLabel(PROGRESS_STATUS_LABELS) },
  { key: 'score', label: 'score', format: (v) => (typeof v === 'number' ? String(v) : '–') },
  { key: 'comment', label: 'kommentar', text: true },
];
/** Progress on a goal (named as goals are); recording again at the same meeting corrects the entry. */
export function progressSummary(goalText: string, before: ProgressAudit | null, after: ProgressAudit): string {
  if (before) return auditSummary({ what: 'Fremskridt for mål', name: goalText, fields: PROGRESS_FIELDS, before, after });
  const given = PROGRESS_FIELDS.filter((f) => !f.text && after[f.key] !== null).map((f) => `${f.label} ${f.format!(after[f.key])}`);
  if (after.comment) given.push('kommentar skrevet');
  return shorten(`Fremskridt registreret for mål "${shorten(goalText)}": ${given.join('; ')}`, MAX_SUMMARY_LENGTH);
}
