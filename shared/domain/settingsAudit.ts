/**
 * The settings' line in the audit trail: which settings changed, and to what where the value is not the user's own
 * free text. What may be written is audit.ts's rule.
 */
import settingsDa from '../i18n/da/settings.json';
import { asLabel, asLowerLabel, asYesNo, auditSummary, type CapabilityAudit, type SummaryField } from './audit';

export const settingsAudit: CapabilityAudit = { capability: 'settings', entities: ['settings'] };

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
  phonesAllowed: boolean;
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
  { key: 'phonesAllowed', label: 'deltagelse fra telefon tilladt', format: asYesNo },
];
export const settingsSummary = (before: SettingsAudit, after: SettingsAudit) =>
  auditSummary({ what: 'Indstillinger', name: null, fields: SETTINGS_FIELDS, before, after });
