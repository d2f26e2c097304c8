import { describe, expect, it } from 'vitest';
import { ageThisYear, birthYearRange, hasPartyStatus } from './cases';

const now = new Date(2026, 10, 26);

describe('age and partsstatus', () => {
  it.each([
    [2017, 9, false],
    [2016, 10, true],
    [2010, 16, true],
    [2026, 0, false],
  ])('a child born in %i is %i this year; partsstatus %s', (birthYear, age, party) => {
    expect(ageThisYear(birthYear, now)).toBe(age);
    expect(hasPartyStatus(birthYear, now)).toBe(party);
  });

  it('accepts birth years from 25 years back to this year', () => {
    expect(birthYearRange(now)).toEqual({ min: 2001, max: 2026 });
  });
});
