import { describe, expect, it } from 'vitest';
import '../validation';
import { fieldErrors } from '../validation';
import { consentContract } from './consent';
import { participantsContract } from './participants';

const caseId = '7d3c1f0e-2b7a-4c1e-9a55-0a1b2c3d4e5f';
const create = participantsContract['participants.create'].input;

describe('participant input', () => {
  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['an empty name', { name: '   ' }, { name: 'Skal udfyldes' }],
    ['a note over 2000 characters', { note: 'x'.repeat(2001) }, { note: 'Må højst være 2000 tegn' }],
    ['an e-mail that is not one', { email: 'hanne@' }, { email: 'Det er ikke en gyldig e-mailadresse' }],
    ['an unknown role', { role: 'nabo' }, { role: 'Vælg en af mulighederne' }],
  ])('refuses %s with a Danish message at the field', (_name, change, expected) => {
    const result = create.safeParse({ caseId, name: 'Hanne', role: 'mother', ...change });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)).toMatchObject(expected);
  });

  it('accepts an empty e-mail and trims the name', () => {
    const result = create.parse({ caseId, name: '  Hanne ', role: 'mother', email: '' });
    expect(result).toMatchObject({ name: 'Hanne', email: '', note: '' });
  });
});

describe('consent input', () => {
  it.each(['14.05.2026', '2026-5-14', ''])('refuses the date "%s" that is not yyyy-mm-dd', (givenOn) => {
    const result = consentContract['consent.create'].input.safeParse({ caseId, kind: 'consent', givenOn });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error).givenOn).toMatch(/Ugyldig dato/);
  });
});
