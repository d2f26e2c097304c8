import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, MEETING_TYPES, PHASE_KINDS, defaultPhases, hasPresenterView, plannedTotalMinutes } from './meetingTemplates';
import { combineDateTime, elapsedSeconds, formatDuration, meetingDateConcern, stepPhase, timerTone } from './meetings';

describe('meeting templates', () => {
  it.each([
    ['network_meeting', 'welcome', 10],
    ['follow_up', 'since_last', 9],
    ['resource_center', 'welcome', 6],
  ] as const)('%s starts with %s and has %i phases', (type, first, count) => {
    expect(DEFAULT_TEMPLATES[type][0]!.kind).toBe(first);
    expect(DEFAULT_TEMPLATES[type]).toHaveLength(count);
  });

  it('hears the child and the family before the professionals in every family meeting', () => {
    for (const type of ['network_meeting', 'follow_up'] as const) {
      const kinds = DEFAULT_TEMPLATES[type].map((p) => p.kind);
      expect(kinds.indexOf('child_voice')).toBeLessThan(kinds.indexOf('family_perspective'));
      expect(kinds.indexOf('family_perspective')).toBeLessThan(kinds.indexOf('network_professionals'));
      expect(kinds.at(-2)).toBe('next_meeting');
    }
  });

  it('gives every phase a planned duration and Danish questions', () => {
    for (const type of MEETING_TYPES) {
      for (const phase of defaultPhases(type)) {
        expect(PHASE_KINDS).toContain(phase.kind);
        expect(phase.plannedMinutes).toBeGreaterThan(0);
        expect(phase.questions.length).toBeGreaterThan(0);
      }
    }
    expect(plannedTotalMinutes(DEFAULT_TEMPLATES.network_meeting)).toBe(130);
  });

  it('has no family-facing screen for the professionals-only ressourcecentermøde', () => {
    expect(hasPresenterView('resource_center')).toBe(false);
    expect(hasPresenterView('network_meeting')).toBe(true);
  });

  it('hands out fresh copies, so editing one meeting never changes the defaults', () => {
    defaultPhases('network_meeting')[0]!.questions.push('x');
    expect(DEFAULT_TEMPLATES.network_meeting[0]!.questions).not.toContain('x');
  });
});

describe('meeting rules', () => {
  it.each([
    [0, 10, 'calm'],
    [545, 10, 'nearing'],
    [600, 10, 'nearing'],
    [601, 10, 'over'],
    [100, 1, 'over'],
    [5, 1, 'nearing'],
  ] as const)('elapsed %is of %i planned minutes is %s', (elapsed, planned, tone) => {
    expect(timerTone(elapsed, planned)).toBe(tone);
  });

  it('adds the running stretch to the banked time', () => {
    const now = new Date('2026-03-02T10:01:30Z');
    expect(elapsedSeconds({ elapsedSeconds: 60, runningSince: '2026-03-02T10:00:00Z' }, now)).toBe(150);
    expect(elapsedSeconds({ elapsedSeconds: 60, runningSince: null }, now)).toBe(60);
  });

  it.each([
    [0, '0:00'],
    [75, '1:15'],
    [3725, '1:02:05'],
  ])('formats %i seconds as %s', (s, text) => expect(formatDuration(s)).toBe(text));

  it.each([
    ['2026-03-10T10:00', null],
    ['2026-01-01T10:00', 'far_past'],
    ['2027-06-01T10:00', 'far_future'],
  ] as const)('a meeting on %s raises %s', (startsAt, concern) => {
    expect(meetingDateConcern(startsAt, new Date('2026-03-02T09:00:00'))).toBe(concern);
  });

  it('combines a date and a time field, refusing nonsense', () => {
    expect(combineDateTime('2026-03-10', '13:00')).toBe('2026-03-10T13:00');
    expect(combineDateTime('2026-03-10', '25:00')).toBeNull();
    expect(combineDateTime('', '13:00')).toBeNull();
  });

  it('steps between phases without leaving the list', () => {
    expect(stepPhase(0, -1, 10)).toBe(0);
    expect(stepPhase(9, 1, 10)).toBe(9);
    expect(stepPhase(3, 1, 10)).toBe(4);
  });
});
