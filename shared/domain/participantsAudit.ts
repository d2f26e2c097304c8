/**
 * The participants' lines in the audit trail: a person added, changed, archived or brought back, and the family's
 * contact person. Contact details are named, never written. What may be written is audit.ts's rule.
 */
import { asLowerLabel, auditSummary, shorten, type CapabilityAudit, type SummaryField } from './audit';
import { ROLE_NAMES } from './journal';

export const participantsAudit: CapabilityAudit = { capability: 'participants', entities: ['participant', 'participants'] };

export interface ParticipantAudit {
  name: string;
  role: string;
  roleDetail: string;
  organisation: string;
  phone: string;
  email: string;
  note: string;
}
const PARTICIPANT_FIELDS: SummaryField<ParticipantAudit>[] = [
  { key: 'role', label: 'rolle', format: asLowerLabel(ROLE_NAMES) },
  { key: 'roleDetail', label: 'uddybning' },
  { key: 'organisation', label: 'organisation' },
  // Contact details and notes are named, not written: the log is no address book.
  { key: 'phone', label: 'telefon', text: true },
  { key: 'email', label: 'e-mail', text: true },
  { key: 'note', label: 'note', text: true },
];
export const participantSummary = (before: ParticipantAudit | null, after: ParticipantAudit | null) =>
  auditSummary({ what: 'Deltager', name: (after ?? before)?.name, fields: PARTICIPANT_FIELDS, before, after });

/** Archived (kept in the history, off the lists) or brought back. */
export const participantArchiveSummary = (name: string, archived: boolean) =>
  `Deltager "${shorten(name)}" ${archived ? 'arkiveret' : 'hentet tilbage fra arkivet'}`;

/** The family's one contact (tovholder), by name as the case shows it. */
export const contactPersonSummary = (before: string | null, after: string) =>
  `Kontaktperson (tovholder): ${before ? shorten(before) : '–'} → ${shorten(after)}`;
