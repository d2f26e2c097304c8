/**
 * The follow-ups' lines in the audit trail: a follow-up meeting planned, moved, held or cancelled, the case's
 * cadence and the follow-up settings. What may be written is audit.ts's rule.
 */
import followupsDa from '../i18n/da/followups.json';
import { asDate, asLabel, auditSummary, type CapabilityAudit, type SummaryField } from './audit';

export const followupsAudit: CapabilityAudit = { capability: 'followups', entities: ['followups', 'cadence', 'followup_settings'] };

export interface FollowUpAudit {
  date: string;
  time: string;
  durationMinutes: number;
  location: string;
  status: string;
}
const FOLLOW_UP_STATUS_LABELS: Record<string, string> = { planned: 'planlagt', held: 'afholdt', cancelled: 'aflyst' };
const FOLLOW_UP_FIELDS: SummaryField<FollowUpAudit>[] = [
  { key: 'date', label: 'dato', format: asDate },
  { key: 'time', label: 'kl.', format: (v) => (typeof v === 'string' ? v.replace(':', '.') : '–') },
  { key: 'durationMinutes', label: 'varighed', format: (v) => `${String(v)} min.` },
  { key: 'location', label: 'sted' },
  { key: 'status', label: 'status', format: asLabel(FOLLOW_UP_STATUS_LABELS) },
];
export const followUpSummary = (before: FollowUpAudit | null, after: FollowUpAudit | null) =>
  auditSummary({ what: 'Opfølgningsmøde', name: null, fields: FOLLOW_UP_FIELDS, before, after });

export interface CadenceAudit {
  preset: string;
  overrideWeeks: number | null;
  supportStartDate: string | null;
  reason: string;
}
const CADENCE_FIELDS: SummaryField<CadenceAudit>[] = [
  { key: 'preset', label: 'kadence', format: asLabel(followupsDa.presetName) },
  { key: 'overrideWeeks', label: 'sagens egen kadence', format: (v) => (typeof v === 'number' ? `hver ${v}. uge` : '–') },
  { key: 'supportStartDate', label: 'støtten startede', format: asDate },
  { key: 'reason', label: 'begrundelse', text: true },
];
export const cadenceSummary = (before: CadenceAudit | null, after: CadenceAudit) =>
  auditSummary({ what: 'Opfølgningskadence', name: null, fields: CADENCE_FIELDS, before, after });

export interface FollowUpSettingsAudit {
  reminderDaysBefore: number;
  organizerName: string;
  organizerEmail: string;
  defaultDurationMinutes: number;
}
const FOLLOW_UP_SETTINGS_FIELDS: SummaryField<FollowUpSettingsAudit>[] = [
  { key: 'reminderDaysBefore', label: 'påmindelse', format: (v) => `${String(v)} dage før` },
  { key: 'defaultDurationMinutes', label: 'standardvarighed', format: (v) => `${String(v)} min.` },
  { key: 'organizerName', label: 'arrangørens navn', text: true },
  { key: 'organizerEmail', label: 'arrangørens e-mail', text: true },
];
export const followUpSettingsSummary = (before: FollowUpSettingsAudit, after: FollowUpSettingsAudit) =>
  auditSummary({ what: 'Indstillinger for opfølgning', name: null, fields: FOLLOW_UP_SETTINGS_FIELDS, before, after });
