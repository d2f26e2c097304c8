import type { ConsentFields, ConsentRecord } from '../../../shared/contract/consent';
import type { ConsentKind, Custody, GiverCapacity, InfoType, LegalBasis } from '../../../shared/domain/consent';
import { formatDate, parseDanishDate } from '../../../shared/domain/dates';

/** What the consent form holds while the user types: dates as dd.mm.åååå text, givers by a key. */
export interface ConsentDraft {
  kind: ConsentKind;
  custody: Custody;
  form: 'written' | 'oral';
  /** Keys: a participant id, or 'young-person'. */
  givers: string[];
  otherGiver: string;
  legalBasis: LegalBasis | '';
  legalBasisNote: string;
  givenOn: string;
  infoTypes: InfoType[];
  infoOther: string;
  recipientIds: string[];
  organisations: string;
  purpose: string;
  networkSharing: string;
  withdrawnOn: string;
}

export const YOUNG_PERSON = 'young-person';

export function newDraft(today: Date): ConsentDraft {
  return {
    kind: 'consent',
    custody: 'joint',
    form: 'written',
    givers: [],
    otherGiver: '',
    legalBasis: '',
    legalBasisNote: '',
    givenOn: formatDate(today),
    infoTypes: [],
    infoOther: '',
    recipientIds: [],
    organisations: '',
    purpose: '',
    networkSharing: '',
    withdrawnOn: '',
  };
}

export function draftFrom(record: ConsentRecord): ConsentDraft {
  const known = record.givenBy.filter((g) => g.participantId || g.capacity === 'young_person');
  const other = record.givenBy.find((g) => !g.participantId && g.capacity === 'custody_holder');
  return {
    kind: record.kind,
    custody: record.custody,
    form: record.form,
    givers: known.map((g) => (g.capacity === 'young_person' ? YOUNG_PERSON : g.participantId!)),
    otherGiver: other?.name ?? '',
    legalBasis: record.legalBasis ?? '',
    legalBasisNote: record.legalBasisNote,
    givenOn: formatDate(`${record.givenOn}T12:00:00`),
    infoTypes: record.infoTypes,
    infoOther: record.infoOther,
    recipientIds: record.recipientIds,
    organisations: record.recipientOrganisations.join('\n'),
    purpose: record.purpose,
    networkSharing: record.networkSharing,
    withdrawnOn: record.withdrawnOn ? formatDate(`${record.withdrawnOn}T12:00:00`) : '',
  };
}

/** A typed date that is not a real date goes to the host as typed, so its Danish error comes back at the field. */
function isoOrRaw(text: string): string {
  return parseDanishDate(text) ?? text.trim();
}

export function fieldsFrom(draft: ConsentDraft, people: { id: string; name: string }[], childName: string): ConsentFields {
  const givenBy = draft.givers.map((key) =>
    key === YOUNG_PERSON
      ? { name: childName, capacity: 'young_person' as GiverCapacity, participantId: null }
      : { name: people.find((p) => p.id === key)?.name ?? '', capacity: 'custody_holder' as GiverCapacity, participantId: key },
  );
  if (draft.otherGiver.trim()) givenBy.push({ name: draft.otherGiver.trim(), capacity: 'custody_holder', participantId: null });
  return {
    kind: draft.kind,
    custody: draft.custody,
    form: draft.form,
    givenBy,
    legalBasis: draft.legalBasis || null,
    legalBasisNote: draft.legalBasisNote,
    givenOn: isoOrRaw(draft.givenOn),
    infoTypes: draft.infoTypes,
    infoOther: draft.infoOther,
    recipientIds: draft.recipientIds,
    recipientOrganisations: draft.organisations.split('\n').map((o) => o.trim()).filter(Boolean),
    purpose: draft.purpose,
    networkSharing: draft.networkSharing,
    withdrawnOn: draft.withdrawnOn.trim() ? isoOrRaw(draft.withdrawnOn) : null,
  };
}

