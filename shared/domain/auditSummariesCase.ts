/**
 * Audit summaries for what belongs to the case as a whole: the case itself, consent, the network map, the formal plan
 * and goal progress, the follow-up cadence, and the settings. The rules of what may be written are in audit.ts; the
 * labels are the Danish interface's own (shared/i18n/da), so the log says what the screens say.
 */
import casesDa from '../i18n/da/cases.json';
import consentDa from '../i18n/da/consent.json';
import followupsDa from '../i18n/da/followups.json';
import networkMapDa from '../i18n/da/networkMap.json';
import settingsDa from '../i18n/da/settings.json';
import { asDate, asLabel, asLowerLabel, asYesNo, auditSummary, countOf, MAX_SUMMARY_LENGTH, shorten, type SummaryField } from './audit';
import { PLAN_KIND_LABELS, PROGRESS_STATUS_LABELS } from './plan';

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

export interface ConsentAudit {
  kind: string;
  custody: string;
  form: string;
  givenBy: { name: string; capacity: string }[];
  legalBasis: string | null;
  legalBasisNote: string;
  givenOn: string;
  infoTypes: string[];
  infoOther: string;
  /** Participants' names and organisations, as the consent screen lists them. */
  recipients: string[];
  purpose: string;
  networkSharing: string;
  withdrawnOn: string | null;
}
const list = (format: (v: unknown) => string) => (v: unknown) => (Array.isArray(v) && v.length ? shorten(v.map(format).join(', '), 80) : '–');
const CUSTODY: Record<string, string> = { joint: 'fælles', sole: 'ene' };
const CONSENT_FIELDS: SummaryField<ConsentAudit>[] = [
  { key: 'custody', label: 'forældremyndighed', format: asLabel(CUSTODY) },
  { key: 'form', label: 'form', format: asLowerLabel(consentDa.form) },
  {
    key: 'givenBy',
    label: 'givet af',
    format: list((g) => {
      const giver = g as ConsentAudit['givenBy'][number];
      return `${shorten(giver.name)} (${asLabel(consentDa.capacity)(giver.capacity)})`;
    }),
  },
  { key: 'legalBasis', label: 'hjemmel', format: asLabel(consentDa.legalBasis) },
  { key: 'legalBasisNote', label: 'beskrivelse af hjemmel', text: true },
  { key: 'givenOn', label: 'dato', format: asDate },
  { key: 'infoTypes', label: 'oplysninger', format: list(asLowerLabel(consentDa.infoType)) },
  { key: 'infoOther', label: 'andre oplysninger', text: true },
  { key: 'recipients', label: 'modtagere', format: list((r) => shorten(String(r))) },
  { key: 'purpose', label: 'formål', text: true },
  { key: 'networkSharing', label: 'det må netværket vide', text: true },
  { key: 'withdrawnOn', label: 'trukket tilbage', format: asDate },
];
const CONSENT_WHAT: Record<string, string> = { consent: 'Samtykke', legal_basis: 'Deling uden samtykke' };
export const consentSummary = (before: ConsentAudit | null, after: ConsentAudit | null) =>
  auditSummary({ what: CONSENT_WHAT[(after ?? before)!.kind] ?? 'Samtykke', name: null, fields: CONSENT_FIELDS, before, after });

export interface NetworkNodeAudit {
  ring: number;
  angle: number;
  tie: string;
}
const RINGS: Record<string, string> = networkMapDa.ring;
const NODE_FIELDS: SummaryField<NetworkNodeAudit>[] = [
  { key: 'ring', label: 'afstand', format: (v) => asLowerLabel(RINGS)(String(v)) },
  { key: 'tie', label: 'linje', format: asLowerLabel({ ...networkMapDa.tie, none: 'ingen' }) },
  { key: 'angle', label: 'placering', text: true },
];
/** A person moved or their line changed on the network map: named like a participant (the map shows them). */
export const networkNodeSummary = (name: string, before: NetworkNodeAudit, after: NetworkNodeAudit) =>
  auditSummary({ what: 'Netværkskort', name, fields: NODE_FIELDS, before, after });

const MOMENTS: Record<string, string> = { meeting_start: 'ved mødestart', meeting_end: 'ved mødeslut', manual: 'manuelt' };
/** A version of the network map kept (how many people it shows, not who). */
export const networkSnapshotSummary = (moment: string, people: number) =>
  `Version af netværkskortet gemt ${MOMENTS[moment] ?? moment}: ${countOf(people, 'person', 'personer')}`;

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

export interface SettingsAudit {
  theme: string;
  textSize: number;
  profileName: string;
  profileRole: string;
  profileMunicipality: string;
  firstRunDone: boolean;
  lockPostponed: boolean;
  idleLockMinutes: number;
  retentionYears: number;
  retentionLegalBasis: string;
}
const THEMES: Record<string, string> = { ...settingsDa.appearance.themes, system: 'følg styresystemet', projector: 'projektor' };
const SETTINGS_FIELDS: SummaryField<SettingsAudit>[] = [
  { key: 'theme', label: 'farvetema', format: asLowerLabel(THEMES) },
  { key: 'textSize', label: 'tekststørrelse', format: (v) => `${String(v)} %` },
  // The user's own name and free text are named, not written (the name is the log's "who" already).
  { key: 'profileName', label: 'dit navn', text: true },
  { key: 'profileRole', label: 'din rolle', format: asLabel(settingsDa.roles) },
  { key: 'profileMunicipality', label: 'kommune' },
  { key: 'firstRunDone', label: 'første opstart gennemført', format: asYesNo },
  { key: 'lockPostponed', label: 'lås udskudt', format: asYesNo },
  { key: 'idleLockMinutes', label: 'lås efter', format: (v) => `${String(v)} min.` },
  { key: 'retentionYears', label: 'opbevaringsperiode', format: (v) => `${String(v)} år` },
  { key: 'retentionLegalBasis', label: 'retsgrundlag for opbevaring', text: true },
];
export const settingsSummary = (before: SettingsAudit, after: SettingsAudit) =>
  auditSummary({ what: 'Indstillinger', name: null, fields: SETTINGS_FIELDS, before, after });

/** Removing the demo: fictional cases only, so the count is all there is to say. */
export const demoRemovalSummary = (removed: number) => `Demodata fjernet: ${countOf(removed, 'fiktiv sag', 'fiktive sager')}`;
