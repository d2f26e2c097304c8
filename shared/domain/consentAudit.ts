/**
 * Consent's lines in the audit trail: a consent (or sharing without consent) given, changed or withdrawn, with its
 * structured terms; its free-text purpose and notes are named, never written. What may be written is audit.ts's rule.
 */
import consentDa from '../i18n/da/consent.json';
import { asDate, asLabel, asLowerLabel, auditSummary, shorten, type CapabilityAudit, type SummaryField } from './audit';

export const consentAudit: CapabilityAudit = { capability: 'consent', entities: ['consent'] };

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
