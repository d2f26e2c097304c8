import { describe, expect, it } from 'vitest';
import { bookingMinutes, checkChosenStart, DEFAULT_CADENCE, proposeNextMeeting, type CaseCadence, type Window } from './followups';
import { DEFAULT_TEMPLATES, plannedTotalMinutes } from './meetingTemplates';
import { fromCopenhagen } from './localTime';

const cadence = (preset: CaseCadence['preset'], extra: Partial<CaseCadence> = {}): CaseCadence => ({ ...DEFAULT_CADENCE, preset, ...extra });

describe('the proposed next meeting', () => {
  it.each([
    // meeting day, cadence, first?, proposed day, moved off (holiday name), uge
    ['2026-11-26', DEFAULT_CADENCE, true, '2027-01-14', null, 2],
    ['2027-03-18', DEFAULT_CADENCE, true, '2027-05-05', 'Kristi himmelfartsdag', 18],
    ['2026-03-26', DEFAULT_CADENCE, true, '2026-05-13', 'Kristi himmelfartsdag', 20],
    ['2026-11-05', DEFAULT_CADENCE, true, '2026-12-23', 'Juleaftensdag', 52],
    ['2026-11-12', DEFAULT_CADENCE, true, '2026-12-30', 'Nytårsaftensdag', 53],
    ['2026-04-06', DEFAULT_CADENCE, true, '2026-05-26', '2. pinsedag', 22],
    ['2026-02-12', DEFAULT_CADENCE, true, '2026-04-01', 'Skærtorsdag', 14],
    ['2026-11-26', cadence('placement'), true, '2026-12-10', null, 50],
    ['2026-11-26', cadence('placement'), false, '2027-01-07', null, 1],
    ['2026-11-26', cadence('preventive'), true, '2026-12-23', 'Juleaftensdag', 52],
    ['2026-11-26', cadence('preventive'), false, '2027-02-25', null, 8],
    ['2026-11-26', cadence('statutory_95', { supportStartDate: '2026-10-01' }), true, '2026-12-30', 'Nytårsdag', 53],
    ['2026-11-26', cadence('statutory_95', { supportStartDate: '2026-11-20' }), true, '2027-01-14', null, 2],
    ['2026-11-26', cadence('statutory_95', { overrideWeeks: 10, reason: 'Aftalt med forældrene' }), false, '2027-02-04', null, 5],
    ['2026-11-26', cadence('network_meeting', { overrideWeeks: 12, reason: 'Stabil periode' }), false, '2027-02-18', null, 7],
    ['2026-11-26', cadence('network_meeting', { overrideWeeks: 12, reason: 'Stabil periode' }), true, '2027-01-14', null, 2],
  ] as const)('after %s (%j, first: %s) Kreds proposes %s', (meetingDay, c, isFirst, expected, movedFrom, week) => {
    const proposal = proposeNextMeeting({ date: meetingDay, time: '10:00' }, c, isFirst);
    expect(proposal.start).toEqual({ date: expected, time: '10:00' });
    expect(proposal.movedFrom?.reason ?? null).toBe(movedFrom);
    expect(proposal.week).toBe(week);
    expect(proposal.insideWindow).toBe(true);
  });

  it('keeps 6–8 weeks as the window of an ordinary network meeting', () => {
    expect(proposeNextMeeting({ date: '2026-11-26', time: '09:30' }).window).toEqual({ earliest: '2027-01-07', target: '2027-01-14', latest: '2027-01-21' });
  });

  it.each([
    // Winter time to summer time (29.03.2026) and back (25.10.2026): same wall-clock time, another UTC offset.
    ['2026-02-19', '10:00', '2026-04-09', '2026-02-19T09:00:00.000Z', '2026-04-09T08:00:00.000Z'],
    ['2026-09-10', '14:00', '2026-10-29', '2026-09-10T12:00:00.000Z', '2026-10-29T13:00:00.000Z'],
  ])('a meeting on %s at %s is followed on %s at the same local time across the DST change', (day, time, next, before, after) => {
    const proposal = proposeNextMeeting({ date: day, time });
    expect(proposal.start).toEqual({ date: next, time });
    expect(fromCopenhagen({ date: day, time }).toISOString()).toBe(before);
    expect(fromCopenhagen(proposal.start).toISOString()).toBe(after);
  });
});

describe('checking a date the facilitator picks', () => {
  const now = { date: '2026-11-26', time: '12:00' };
  const window: Window = { earliest: '2027-04-29', target: '2027-05-06', latest: '2027-05-13' };

  it('refuses a past date and offers the next working days', () => {
    const check = checkChosenStart({ date: '2026-11-20', time: '10:00' }, null, now);
    expect(check.blocked).toBe(true);
    expect(check.problems).toContainEqual({ code: 'past' });
    expect(check.suggestions).toEqual(['2026-11-27', '2026-11-30', '2026-12-01']);
  });

  it('refuses earlier today', () => expect(checkChosenStart({ date: '2026-11-26', time: '11:00' }, null, now).blocked).toBe(true));

  it.each([
    ['2027-05-06', { code: 'holiday', name: 'Kristi himmelfartsdag' }, ['2027-05-05', '2027-05-07', '2027-05-10']],
    ['2027-05-08', { code: 'weekend' }, ['2027-05-07', '2027-05-10', '2027-05-11']],
    ['2027-03-26', { code: 'holiday', name: 'Langfredag' }, ['2027-03-24', '2027-03-30', '2027-03-31']],
  ])('explains why %s cannot be used and offers working days on both sides', (date, problem, suggestions) => {
    const check = checkChosenStart({ date, time: '10:00' }, null, now);
    expect(check.blocked).toBe(true);
    expect(check.problems).toContainEqual(problem);
    expect(check.suggestions).toEqual(suggestions);
  });

  it('asks for a reason outside the window but accepts the day', () => {
    const check = checkChosenStart({ date: '2027-05-20', time: '10:00' }, window, now);
    expect(check).toMatchObject({ blocked: false, needsReason: true, needsTimeConfirmation: false });
  });

  it.each([
    ['06:59', true],
    ['07:00', false],
    ['19:00', false],
    ['19:01', true],
  ])('a start at %s needs confirmation: %s', (time, expected) =>
    expect(checkChosenStart({ date: '2027-05-05', time }, window, now).needsTimeConfirmation).toBe(expected),
  );

  it('accepts a working day inside the window without questions', () => {
    expect(checkChosenStart({ date: '2027-05-05', time: '10:00' }, window, now)).toEqual({
      problems: [],
      blocked: false,
      suggestions: [],
      needsReason: false,
      needsTimeConfirmation: false,
    });
  });
});

describe('how long the next meeting is booked', () => {
  it('follows the phases of the meeting it books, rounded up to a quarter, unless the usual booking is longer', () => {
    expect(plannedTotalMinutes(DEFAULT_TEMPLATES.follow_up)).toBe(105);
    expect(bookingMinutes(90, plannedTotalMinutes(DEFAULT_TEMPLATES.follow_up))).toBe(105);
    expect(bookingMinutes(90, plannedTotalMinutes(DEFAULT_TEMPLATES.network_meeting))).toBe(135);
    expect(bookingMinutes(150, 105)).toBe(150);
    expect(bookingMinutes(45, 50)).toBe(60);
  });
});
