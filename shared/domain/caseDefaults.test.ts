import { describe, expect, it } from 'vitest';
import {
  adultTransition,
  cadenceDistance,
  cadencePhrase,
  caseDefaults,
  defaultCadenceFor,
  isDefaultScalingQuestion,
  nextMeetingQuestion,
  phrasePhasesForCase,
  scaleZeroPhrase,
  scalingQuestionFor,
} from './caseDefaults';
import { CASE_TYPES } from './cases';
import { DEFAULT_CADENCE, proposeNextMeeting } from './followups';
import { defaultPhases } from './meetingTemplates';
import { LEGACY_DEFAULT_SCALING_QUESTIONS } from './scaling';

describe('case type → defaults', () => {
  it.each([
    ['early_preventive', 'wellbeing', 'network_meeting'],
    ['supportive', 'wellbeing', 'preventive'],
    ['assessment', 'safety', 'network_meeting'],
    ['placement', 'safety', 'placement'],
    ['network', 'safety', 'network_meeting'],
  ] as const)('%s starts in %s wording with the %s cadence', (type, wording, cadence) => {
    expect(caseDefaults(type)).toEqual({ wording, cadence });
    expect(defaultCadenceFor(type)).toEqual({ preset: cadence, overrideWeeks: null, reason: '', supportStartDate: null });
  });

  it('gives every case type a default', () => {
    for (const type of CASE_TYPES) expect(caseDefaults(type).wording).toMatch(/safety|wellbeing/);
  });

  it('a placement proposes the first follow-up 2 weeks after the meeting, then 6 weeks', () => {
    const cadence = defaultCadenceFor('placement');
    expect(proposeNextMeeting({ date: '2026-11-26', time: '10:00' }, cadence, true).start.date).toBe('2026-12-10');
    expect(proposeNextMeeting({ date: '2026-12-10', time: '10:00' }, cadence, false).start.date).toBe('2027-01-21');
  });
});

describe('the scaling question per wording and age', () => {
  it('the wellbeing scale runs from "rigtig svært" to "behøver ikke at mødes mere"', () => {
    const q = scalingQuestionFor('wellbeing', 5);
    expect(q).toContain('0 er, at det er rigtig svært');
    expect(q).toContain('10 er, at det går så godt, at vi ikke behøver at mødes mere');
    expect(q).not.toMatch(/bo hjemme|sikker/);
  });

  it('the safety scale speaks of "den unge" from 15', () => {
    expect(scalingQuestionFor('safety', 9)).toContain('barnet ikke kan bo hjemme');
    expect(scalingQuestionFor('safety', 17)).toContain('den unge ikke kan bo hjemme');
    expect(scalingQuestionFor('safety', 17)).not.toContain('barnet');
    expect(scaleZeroPhrase('safety', 17)).toBe('0 er, at den unge ikke kan bo hjemme');
    expect(scaleZeroPhrase('wellbeing', 5)).toBe('0 er, at det er rigtig svært');
  });

  it("recognises every question Kreds wrote, and none a person wrote", () => {
    for (const q of [scalingQuestionFor('safety', 5), scalingQuestionFor('safety', 16), scalingQuestionFor('wellbeing', 5), ...LEGACY_DEFAULT_SCALING_QUESTIONS]) {
      expect(isDefaultScalingQuestion(` ${q} `)).toBe(true);
    }
    expect(isDefaultScalingQuestion('Hvor tryg er Aya i skolen, fra 0 til 10?')).toBe(false);
  });
});

describe('the cadence in words', () => {
  it.each([
    ['network_meeting', 'opfølgning om 6–8 uger'],
    ['placement', 'første opfølgning om 2 uger, derefter om 6 uger'],
    ['preventive', 'første opfølgning om 4 uger, derefter om 3 måneder'],
  ] as const)('%s: %s', (preset, phrase) => {
    expect(cadencePhrase({ ...DEFAULT_CADENCE, preset })).toBe(phrase);
  });

  it("the case's own cadence counts after the first follow-up", () => {
    const own = { ...DEFAULT_CADENCE, preset: 'placement' as const, overrideWeeks: 4, reason: 'Aftalt' };
    expect(cadenceDistance(own, true)).toBe('om 2 uger');
    expect(cadenceDistance(own, false)).toBe('om 4 uger');
  });

  it('the Næste møde question speaks the cadence, and a question the user wrote is kept', () => {
    const phases = defaultPhases('network_meeting');
    const next = phrasePhasesForCase(phases, defaultCadenceFor('placement'), true).find((p) => p.kind === 'next_meeting')!;
    expect(next.questions[0]).toBe(nextMeetingQuestion(defaultCadenceFor('placement'), true));
    expect(next.questions[0]).toContain('om 2 uger');
    expect(next.questions.join(' ')).not.toContain('6–8');
    const own = phrasePhasesForCase([{ kind: 'next_meeting' as const, questions: ['Hvornår passer det jer?'] }], defaultCadenceFor('placement'), true);
    expect(own[0]!.questions).toEqual(['Hvornår passer det jer?']);
  });
});

describe('the way to adult life', () => {
  const now = new Date('2026-12-03T12:00:00');
  it('is raised from the year the young person turns 17, with an approximate 18th birthday', () => {
    expect(adultTransition(2010, now)).toBeNull();
    expect(adultTransition(2009, now)).toEqual({ eighteenIn: 2027, approxBirthday: '2027-07-01', eighteenThisYearOrPast: false });
    expect(adultTransition(2008, now)?.eighteenThisYearOrPast).toBe(true);
  });
  it('ends when efterværn ends (the young person turns 23)', () => {
    expect(adultTransition(2004, now)).not.toBeNull();
    expect(adultTransition(2003, now)).toBeNull();
  });
});
