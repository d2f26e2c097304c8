/**
 * Which fields each slice names in its audit summary, and how. The rules of what may be written are in audit.ts;
 * the services call these with the entity before and after the change (null on create/delete).
 */
import { AGREEMENT_STATUS_LABELS } from './agreements';
import { asDate, asDateTime, asLabel, asLowerLabel, auditSummary, shorten, type SummaryField } from './audit';
import { DEFAULT_MAP_LABELS, type MapPart } from './map';
import { MEETING_TYPE_LABELS } from './meetingTemplates';
import { GOAL_STATUS_LABELS } from './plan';
import { HOUSE_LABELS, type House } from './houses';
import { ROLE_NAMES } from './journal';

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

export interface MeetingAudit {
  type: string;
  startsAt: string;
  place: string;
  status: string;
  leadName: string;
  noteTaker: string;
  purpose: string;
}
const MEETING_STATUS_LABELS: Record<string, string> = { planned: 'planlagt', running: 'i gang', held: 'afholdt', cancelled: 'aflyst' };
const MEETING_FIELDS: SummaryField<MeetingAudit>[] = [
  { key: 'type', label: 'type', format: asLowerLabel(MEETING_TYPE_LABELS) },
  { key: 'startsAt', label: 'tidspunkt', format: asDateTime },
  { key: 'place', label: 'sted' },
  { key: 'status', label: 'status', format: asLabel(MEETING_STATUS_LABELS) },
  { key: 'leadName', label: 'mødeleder' },
  { key: 'noteTaker', label: 'referent' },
  { key: 'purpose', label: 'formål', text: true },
];
export const meetingSummary = (before: MeetingAudit | null, after: MeetingAudit | null) =>
  auditSummary({ what: 'Møde', name: null, fields: MEETING_FIELDS, before, after });

export interface MapItemAudit {
  part: MapPart;
  text: string;
  saidBy: string | null;
  confidential: boolean;
}
const PART_LABELS: Record<string, string> = DEFAULT_MAP_LABELS.safety;
const MAP_ITEM_FIELDS: SummaryField<MapItemAudit>[] = [
  { key: 'part', label: 'felt', format: asLabel(PART_LABELS) },
  { key: 'text', label: 'tekst', text: true },
  { key: 'saidBy', label: 'sagt af', text: true },
  { key: 'confidential', label: 'fortroligt', format: (v) => (v ? 'ja' : 'nej') },
];
/** A fortroligt item (before or after the change) is never named: its text is what must not travel. */
export function mapItemSummary(before: MapItemAudit | null, after: MapItemAudit | null): string {
  const secret = !!before?.confidential || !!after?.confidential;
  const name = secret ? null : (after ?? before)?.text;
  return auditSummary({ what: secret ? 'Fortroligt punkt på kortet' : 'Punkt på kortet', name, fields: MAP_ITEM_FIELDS, before, after });
}

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

export interface HouseItemAudit {
  house: House;
  text: string;
  shown: boolean;
}
const HOUSE_FIELDS: SummaryField<HouseItemAudit>[] = [
  { key: 'house', label: 'hus', format: asLabel(HOUSE_LABELS) },
  { key: 'text', label: 'ordlyd', text: true },
  { key: 'shown', label: 'vist på skærmen', format: (v) => (v ? 'ja' : 'nej') },
];
/** The child's own words are never quoted in the log: only which house, and whether they are shown. */
export const houseItemSummary = (before: HouseItemAudit | null, after: HouseItemAudit | null) =>
  auditSummary({ what: `Barnets ord i ${HOUSE_LABELS[(after ?? before)!.house].replace(/^Huset/, 'huset')}`, name: null, fields: HOUSE_FIELDS.slice(1), before, after });

/** A note save names the phase and whether it was the fortrolige note, never a word of its text. */
export const noteSummary = (phaseTitle: string, confidential: boolean): string =>
  `${confidential ? 'Fortrolige noter' : 'Noter'} i fasen "${phaseTitle.slice(0, 60)}" gemt`;

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

/** A score given, changed or taken back: who and the number, which everyone in the meeting saw. */
export function scoreSummary(participantName: string, before: number | null, after: number | null): string {
  if (before === null) return `Skalering: ${participantName} gav ${after ?? '–'}`;
  if (after === null) return `Skalering: ${participantName}s ${before} fjernet`;
  return `Skalering: ${participantName} ${before} → ${after}`;
}

const ATTENDANCE_LABELS: Record<string, string> = { invited: 'inviteret', present: 'til stede', absent: 'fraværende', phone: 'med i telefon' };
export const attendanceSummary = (name: string, before: string, after: string): string =>
  `Fremmøde: ${shorten(name)} ${ATTENDANCE_LABELS[before] ?? before} → ${ATTENDANCE_LABELS[after] ?? after}`;
