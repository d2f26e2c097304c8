import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FAMILY_WORDS,
  FAMILY_WORD_KEYS,
  childNoun,
  familyMapLabels,
  familyMeetingTitle,
  familyOrder,
  familyRole,
  familyPhaseTitle,
  familyQuestion,
  familyScalingQuestion,
  familyWords,
  possessive,
  say,
  scaleAnchors,
  unfamilyWords,
} from './familyWords';
import { MAP_WORDINGS } from './map';
import { DEFAULT_SCALING_QUESTION, DEFAULT_WELLBEING_SCALING_QUESTION } from './scaling';

describe('the vocabulary per map wording', () => {
  it.each([
    ['safety', 'harm', 'Det, der er sket'],
    ['safety', 'complicating_factors', 'Det, der gør det svært'],
    ['safety', 'existing_safety', 'Det, der allerede hjælper'],
    ['safety', 'danger_statements', 'Det, vi er bekymrede for, kan ske'],
    ['safety', 'safety_goals', 'Det, vi vil nå'],
    ['safety', 'next_steps', 'Det næste, der skal ske'],
    ['wellbeing', 'danger_statements', 'Det, vi er bekymrede for, kan ske, hvis intet ændrer sig'],
    ['wellbeing', 'scale.zero', 'Det er rigtig svært'],
    ['safety', 'phase.mapping', 'Hvad går godt, og hvad er svært?'],
    ['safety', 'phase.scaling', 'Hvor er vi nu?'],
    ['safety', 'phase.introductions', 'Hvem er her?'],
  ] as const)('%s: %s is »%s«', (wording, key, word) => {
    expect(familyWords(wording)[key]).toBe(word);
  });

  it.each([
    ['safety', { safety: { harm: 'Det, der skete' } }, 'harm', 'Det, der skete'],
    ['safety', { safety: { harm: '   ' } }, 'harm', 'Det, der er sket'],
    ['wellbeing', { safety: { harm: 'Det, der skete' } }, 'harm', 'Det, der er sket'],
    ['wellbeing', { wellbeing: { 'scale.ten': '  Vi er helt i mål  ' } }, 'scale.ten', 'Vi er helt i mål'],
  ] as const)('%s with the municipality\'s %j says %s as »%s«', (wording, overrides, key, word) => {
    expect(familyWords(wording, overrides)[key]).toBe(word);
  });

  it('has every word in both wordings, and none of them is a professional term or unfinished', () => {
    for (const wording of MAP_WORDINGS) {
      for (const key of FAMILY_WORD_KEYS) {
        expect(DEFAULT_FAMILY_WORDS[wording][key], `${wording} ${key}`).toMatch(/\S/);
        expect(unfamilyWords(say(DEFAULT_FAMILY_WORDS[wording][key], 'Aya')), `${wording} ${key}`).toEqual([]);
      }
    }
  });

  it('gives the map labels in the family\'s words', () => {
    const labels = familyMapLabels(familyWords('safety'));
    expect(labels.harm).toBe('Det, der er sket');
    expect(labels.worries).toBe('Hvad er vi bekymrede for?');
  });
});

describe('names in the family\'s words', () => {
  it.each([
    ['Aya', 'Ayas'],
    ['Mads', "Mads'"],
    ['Felix', "Felix'"],
    [' Oliver ', 'Olivers'],
  ])('the possessive of %s is %s', (name, expected) => {
    expect(possessive(name)).toBe(expected);
  });

  it('fills in the name and its possessive', () => {
    expect(say('{navns} hus og {navn}', 'Mads')).toBe("Mads' hus og Mads");
  });

  it.each([
    [9, 'barnet'],
    [14, 'barnet'],
    [15, 'den unge'],
    [17, 'den unge'],
  ])('a child of %i is »%s«', (age, noun) => {
    expect(childNoun(age)).toBe(noun);
  });

  it.each([
    ['network_meeting', 'Netværksmøde for Aya'],
    ['follow_up', 'Opfølgningsmøde for Aya'],
  ] as const)('a %s is called »%s«', (type, title) => {
    expect(familyMeetingTitle(type, familyWords('safety'), 'Aya')).toBe(title);
  });
});

describe('phase titles and questions on the shared screen', () => {
  const words = familyWords('safety');
  it.each([
    [{ kind: 'mapping', title: 'Kortlægning' }, 'Hvad går godt, og hvad er svært?'],
    [{ kind: 'scaling', title: 'Skalering' }, 'Hvor er vi nu?'],
    [{ kind: 'child_voice', title: 'Barnets stemme' }, 'Det fortæller Aya'],
    [{ kind: 'mapping', title: 'Vores kort over Aya' }, 'Vores kort over Aya'],
  ] as const)('%j is shown as »%s«', (phase, title) => {
    expect(familyPhaseTitle(phase, words, 'Aya')).toBe(title);
  });

  it.each([
    ['Hvem er du, og hvad er din forbindelse til barnet?', 'Hvem er du, og hvad er din forbindelse til Aya?'],
    ['Barnets mor, hvad ser du?', 'Ayas mor, hvad ser du?'],
    ['Hvad skal der til for at …?', null],
    ['Hvad skal der til for at...', null],
    ['   ', null],
    [null, null],
    ['Hvad skal der til, for at Aya tør række hånden op?', 'Hvad skal der til, for at Aya tør række hånden op?'],
  ])('»%s« reads »%s«', (question, expected) => {
    expect(familyQuestion(question, 'Aya')).toBe(expected);
  });

  it.each([
    [DEFAULT_SCALING_QUESTION, 'Hvor er vi i dag?'],
    [DEFAULT_WELLBEING_SCALING_QUESTION, 'Hvor er vi i dag?'],
    ['Hvor tryg er barnet om aftenen?', 'Hvor tryg er Aya om aftenen?'],
  ])('the scaling question »%s« reads »%s«', (question, expected) => {
    expect(familyScalingQuestion(question, words, 'Aya')).toBe(expected);
  });

  it('says what 0 and 10 mean with the child\'s name, per wording', () => {
    expect(scaleAnchors(words, 'Aya')).toEqual({ zero: 'Det er så alvorligt, at Aya ikke kan bo hjemme', ten: 'Det går så godt, at vi ikke behøver at mødes mere' });
    expect(scaleAnchors(familyWords('wellbeing'), 'Aya').zero).toBe('Det er rigtig svært');
  });
});

describe('the child first', () => {
  it('lists the child, then family, private network and professionals, by role inside a group', () => {
    const people = [
      { name: 'Hanne', role: 'teacher', group: 'professional' },
      { name: 'Jonas', role: 'father', group: 'family' },
      { name: 'Mikkel', role: 'network_person', group: 'private_network' },
      { name: 'Aya', role: 'child', group: 'family' },
      { name: 'Birthe', role: 'grandparent', group: 'family' },
      { name: 'Jens', role: 'social_worker', group: 'professional' },
      { name: 'Sara', role: 'mother', group: 'family' },
      { name: 'Lis', role: 'network_person', group: 'family' },
      { name: 'Ole', role: 'teacher', group: 'professional' },
    ];
    expect(familyOrder(people).map((p) => p.name)).toEqual(['Aya', 'Sara', 'Jonas', 'Birthe', 'Lis', 'Mikkel', 'Hanne', 'Ole', 'Jens']);
  });
});

describe('roles in the family\'s words', () => {
  it.each([
    [{ role: 'social_worker' }, 'rådgiver'],
    [{ role: 'grandparent', roleDetail: 'mormor' }, 'mormor'],
    [{ role: 'ppr_psychologist', roleDetail: '  ' }, 'psykolog'],
    [{ role: 'other' }, ''],
  ])('%j is »%s«', (person, name) => {
    expect(familyRole(person)).toBe(name);
  });
});

describe('words the family must not read', () => {
  it.each([
    ['Det, der er sket', []],
    ['Skade', ['Skade']],
    ['Komplicerende faktorer: 3', ['Komplicerende faktorer']],
    ['Jf. § 20 i Barnets Lov', ['§ 20']],
    ['Sagsnr. 2026-0412', ['Sagsnr. 2026-0412']],
    ['STYRKER OG RESSOURCER', ['STYRKER OG RESSOURCER']],
    ['Hvad skal der til for at …?', ['…']],
    ['Aya går til fodbold i Vestbjerg IF', []],
    ['PPR-psykolog', []],
  ])('»%s« → %j', (text, found) => {
    expect(unfamilyWords(text)).toEqual(found);
  });
});
