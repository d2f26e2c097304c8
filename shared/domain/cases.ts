/** Case types in Barnets Lov terms (DOMAIN.md). The key is stored; the label is shown. */
export const CASE_TYPES = ['early_preventive', 'supportive', 'assessment', 'placement', 'network'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The child becomes a formal party in the main case types from age 10 (Barnets Lov § 3). */
export const PARTY_STATUS_AGE = 10;

/**
 * Only the birth year is stored (data minimisation), so the age is the age the child reaches this year.
 * Partsstatus is shown from the year the child turns 10: better to remind the worker a little early than too late.
 */
export function ageThisYear(birthYear: number, now: Date): number {
  return now.getFullYear() - birthYear;
}

export function hasPartyStatus(birthYear: number, now: Date): boolean {
  return ageThisYear(birthYear, now) >= PARTY_STATUS_AGE;
}

export const MIN_BIRTH_YEAR_AGE = 25;

export function birthYearRange(now: Date): { min: number; max: number } {
  const year = now.getFullYear();
  return { min: year - MIN_BIRTH_YEAR_AGE, max: year };
}
