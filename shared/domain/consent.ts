/**
 * Consent (samtykke) to share information about the child between professionals (DOMAIN.md "Data protection").
 * A record is either a consent, or — where information is shared without one — the legal basis the user names.
 */
import { toIsoDay } from './dates';
import { personKey } from './participants';

export const CONSENT_KINDS = ['consent', 'legal_basis'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** fælles forældremyndighed / eneforældremyndighed. */
export const CUSTODY_KINDS = ['joint', 'sole'] as const;
export type Custody = (typeof CUSTODY_KINDS)[number];

export const CONSENT_FORMS = ['written', 'oral'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];

export const INFO_TYPES = ['school', 'health', 'family', 'development', 'social', 'other'] as const;
export type InfoType = (typeof INFO_TYPES)[number];

/** værdispringsreglen, underretningspligt, or another basis the user describes. */
export const LEGAL_BASES = ['child_interest', 'duty_to_report', 'other'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const GIVER_CAPACITIES = ['custody_holder', 'young_person'] as const;
export type GiverCapacity = (typeof GIVER_CAPACITIES)[number];

export interface ConsentGiver {
  name: string;
  capacity: GiverCapacity;
  participantId?: string | null;
}

/** A young person can consent themself from 15. */
export const SELF_CONSENT_AGE = 15;

export interface RequiredGivers {
  youngPerson: boolean;
  custodyHolders: number;
}

/**
 * Who must consent. Only the birth year is stored, so in the year the child turns 15 the birthday may not have
 * passed: we ask for both the young person and the custody holder(s) then, rather than risk an invalid consent.
 */
export function requiredGivers(ageThisYear: number, custody: Custody): RequiredGivers {
  const custodyHolders = custody === 'joint' ? 2 : 1;
  if (ageThisYear > SELF_CONSENT_AGE) return { youngPerson: true, custodyHolders: 0 };
  if (ageThisYear === SELF_CONSENT_AGE) return { youngPerson: true, custodyHolders };
  return { youngPerson: false, custodyHolders };
}

export interface ConsentRecordLike {
  kind: ConsentKind;
  custody: Custody;
  givenBy: ConsentGiver[];
  legalBasis: LegalBasis | null;
  legalBasisNote: string;
  givenOn: string;
  infoTypes: InfoType[];
  recipientIds: string[];
  recipientOrganisations: string[];
  purpose: string;
  withdrawnOn: string | null;
}

export type ConsentProblem =
  | 'withdrawn'
  | 'future_date'
  | 'missing_custody_holder'
  | 'missing_young_person'
  | 'no_information_types'
  | 'no_recipients'
  | 'no_purpose'
  | 'no_legal_basis';

/** Why a record does not (yet) allow sharing; empty when it does. Dates are 'yyyy-mm-dd'. */
export function consentProblems(record: ConsentRecordLike, ageThisYear: number, today: Date): ConsentProblem[] {
  const problems: ConsentProblem[] = [];
  const todayIso = toIsoDay(today);
  if (record.withdrawnOn && record.withdrawnOn <= todayIso) problems.push('withdrawn');
  if (record.givenOn > todayIso) problems.push('future_date');
  if (record.kind === 'consent') {
    const required = requiredGivers(ageThisYear, record.custody);
    const holders = new Set(record.givenBy.filter((g) => g.capacity === 'custody_holder').map((g) => personKey(g.name)));
    if (holders.size < required.custodyHolders) problems.push('missing_custody_holder');
    if (required.youngPerson && !record.givenBy.some((g) => g.capacity === 'young_person')) problems.push('missing_young_person');
  } else if (!record.legalBasis || (record.legalBasis === 'other' && record.legalBasisNote.trim() === '')) {
    problems.push('no_legal_basis');
  }
  if (record.infoTypes.length === 0) problems.push('no_information_types');
  if (record.recipientIds.length === 0 && record.recipientOrganisations.length === 0) problems.push('no_recipients');
  if (record.purpose.trim() === '') problems.push('no_purpose');
  return problems;
}

export function isConsentValid(record: ConsentRecordLike, ageThisYear: number, today: Date): boolean {
  return consentProblems(record, ageThisYear, today).length === 0;
}

export interface ScopeSubject {
  id: string;
  organisation: string;
}

/** A professional is covered when a valid record names them, or names their organisation. */
export function isInScope(subject: ScopeSubject, validRecords: ConsentRecordLike[]): boolean {
  const organisation = personKey(subject.organisation);
  return validRecords.some(
    (r) => r.recipientIds.includes(subject.id) || (organisation !== '' && r.recipientOrganisations.some((o) => personKey(o) === organisation)),
  );
}

/** Consent dates: not in the future; a withdrawal not before the consent and not in the future. */
export function consentDateErrors(givenOn: string, withdrawnOn: string | null, today: Date): { givenOn?: string; withdrawnOn?: string } {
  const todayIso = toIsoDay(today);
  const errors: { givenOn?: string; withdrawnOn?: string } = {};
  if (givenOn > todayIso) errors.givenOn = 'Datoen ligger i fremtiden. Et samtykke registreres, når det er givet.';
  if (withdrawnOn && withdrawnOn > todayIso) errors.withdrawnOn = 'Tilbagetrækningen kan ikke ligge i fremtiden.';
  else if (withdrawnOn && withdrawnOn < givenOn) errors.withdrawnOn = 'Samtykket kan ikke være trukket tilbage før det blev givet.';
  return errors;
}
