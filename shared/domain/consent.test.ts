import { describe, expect, it } from 'vitest';
import { consentDateErrors, consentProblems, isInScope, requiredGivers, type ConsentRecordLike, type Custody } from './consent';

const today = new Date(2026, 4, 14);
const mother = { name: 'Hanne Jensen', capacity: 'custody_holder' as const };
const father = { name: 'Peter Jensen', capacity: 'custody_holder' as const };
const youngPerson = { name: 'Sofie', capacity: 'young_person' as const };

const base: ConsentRecordLike = {
  kind: 'consent',
  custody: 'joint',
  givenBy: [mother, father],
  legalBasis: null,
  legalBasisNote: '',
  givenOn: '2026-05-01',
  infoTypes: ['school'],
  recipientIds: ['teacher-1'],
  recipientOrganisations: [],
  purpose: 'Samarbejde om Olivers skolegang',
  withdrawnOn: null,
};

describe('who must consent (Barnets Lov: custody holders under 15, the young person from 15)', () => {
  it.each<[number, Custody, boolean, number]>([
    [9, 'joint', false, 2],
    [9, 'sole', false, 1],
    [14, 'joint', false, 2],
    [15, 'joint', true, 2],
    [15, 'sole', true, 1],
    [16, 'joint', true, 0],
    [17, 'sole', true, 0],
  ])('a child who is %i this year under %s custody: young person %s, custody holders %i', (age, custody, young, holders) => {
    expect(requiredGivers(age, custody)).toEqual({ youngPerson: young, custodyHolders: holders });
  });
});

describe('consent validity', () => {
  it.each<[string, Partial<ConsentRecordLike>, number, string[]]>([
    ['both parents under joint custody, age 9', {}, 9, []],
    ['only the mother under joint custody', { givenBy: [mother] }, 9, ['missing_custody_holder']],
    ['the same parent twice does not count as two', { givenBy: [mother, { ...mother, name: ' hanne jensen' }] }, 9, ['missing_custody_holder']],
    ['only the mother under sole custody', { givenBy: [mother], custody: 'sole' }, 9, []],
    ['a 16-year-old consents themself', { givenBy: [youngPerson] }, 16, []],
    ['parents only for a 16-year-old', {}, 16, ['missing_young_person']],
    ['the year the child turns 15 needs both', { givenBy: [youngPerson] }, 15, ['missing_custody_holder']],
    ['withdrawn', { withdrawnOn: '2026-05-10' }, 9, ['withdrawn']],
    ['withdrawal planned after today is still valid today', { withdrawnOn: '2026-06-10' }, 9, []],
    ['dated in the future', { givenOn: '2026-05-15' }, 9, ['future_date']],
    ['nothing covered', { infoTypes: [], recipientIds: [], purpose: ' ' }, 9, ['no_information_types', 'no_recipients', 'no_purpose']],
    ['legal basis instead of consent', { kind: 'legal_basis', givenBy: [], legalBasis: 'duty_to_report' }, 9, []],
    ['legal basis "other" without a description', { kind: 'legal_basis', givenBy: [], legalBasis: 'other' }, 9, ['no_legal_basis']],
    ['legal basis missing', { kind: 'legal_basis', givenBy: [] }, 9, ['no_legal_basis']],
  ])('%s', (_name, change, age, problems) => {
    expect(consentProblems({ ...base, ...change }, age, today)).toEqual(problems);
  });
});

describe('scope', () => {
  it.each<[string, { id: string; organisation: string }, boolean]>([
    ['named recipient', { id: 'teacher-1', organisation: '' }, true],
    ['same organisation, other case', { id: 'x', organisation: 'pPR Nordby ' }, true],
    ['outside', { id: 'x', organisation: 'Sundhedsplejen' }, false],
    ['no organisation does not match an empty one', { id: 'x', organisation: '' }, false],
  ])('%s', (_name, subject, inScope) => {
    expect(isInScope(subject, [{ ...base, recipientOrganisations: ['PPR Nordby'] }])).toBe(inScope);
  });
});

describe('consent dates', () => {
  it.each<[string, string | null, Record<string, RegExp>]>([
    ['2026-05-14', null, {}],
    ['2026-05-15', null, { givenOn: /fremtiden/ }],
    ['2026-05-01', '2026-04-01', { withdrawnOn: /før det blev givet/ }],
    ['2026-05-01', '2026-05-20', { withdrawnOn: /fremtiden/ }],
  ])('given %s, withdrawn %s', (givenOn, withdrawnOn, expected) => {
    const errors = consentDateErrors(givenOn, withdrawnOn, today);
    expect(Object.keys(errors)).toEqual(Object.keys(expected));
    for (const [key, pattern] of Object.entries(expected)) expect(errors[key as keyof typeof errors]).toMatch(pattern);
  });
});
