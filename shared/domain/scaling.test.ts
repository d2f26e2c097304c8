import { describe, expect, it } from 'vitest';
import { latestScaling, marksByValue, parseScore, scoreChanges, spread, trendSeries, type ScoreRecord } from './scaling';
import { wellbeingHints } from './wellbeing';

describe('reading a typed score', () => {
  it.each([
    ['7', 7],
    [' 0 ', 0],
    ['10', 10],
    ['', null],
  ] as const)('%j is accepted as %j', (input, value) => {
    expect(parseScore(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['11', 'Skalaen går fra 0 til 10'],
    ['-1', 'Skalaen går fra 0 til 10'],
    ['6,5', 'Skalering er hele tal – vælg fx 6 eller 7'],
    ['7.5', 'Skalering er hele tal – vælg fx 6 eller 7'],
    ['syv', 'Skriv et helt tal fra 0 til 10'],
  ])('%j is refused: %s', (input, message) => {
    expect(parseScore(input)).toEqual({ ok: false, message });
  });
});

describe('the spread of the room', () => {
  it.each([
    [[], null],
    [[5], { count: 1, min: 5, max: 5, median: 5, range: 0 }],
    [[3, 7, 4, 6], { count: 4, min: 3, max: 7, median: 5, range: 4 }],
    [[2, 9, 5], { count: 3, min: 2, max: 9, median: 5, range: 7 }],
  ])('%j → %j', (values, expected) => {
    expect(spread(values)).toEqual(expected);
  });

  it('participants with the same number share one mark', () => {
    const marks = marksByValue([
      { who: 'mor', value: 4 },
      { who: 'far', value: 4 },
      { who: 'lærer', value: 6 },
    ]);
    expect([...marks.entries()].map(([v, s]) => [v, s.map((x) => x.who)])).toEqual([
      [4, ['mor', 'far']],
      [6, ['lærer']],
    ]);
  });
});

describe('trend series over meetings', () => {
  const r = (meetingId: string, meetingDate: string, participantId: string, value: number, seriesId = 'q'): ScoreRecord => ({ meetingId, meetingDate, seriesId, participantId, value });
  it('groups by participant and question and orders by meeting date', () => {
    const series = trendSeries([r('m2', '2026-04-20', 'mor', 6), r('m1', '2026-03-02', 'mor', 4), r('m1', '2026-03-02', 'far', 5), r('m1', '2026-03-02', 'mor', 3, 'q2')]);
    expect(series.map((s) => [s.seriesId, s.participantId, s.points.map((p) => p.value), s.lastChange])).toEqual([
      ['q', 'mor', [4, 6], 2],
      ['q', 'far', [5], null],
      ['q2', 'mor', [3], null],
    ]);
  });

  it('lists moved, new and dropped scores between two meetings', () => {
    const before = [
      { seriesId: 'q', participantId: 'mor', value: 4 },
      { seriesId: 'q', participantId: 'far', value: 5 },
      { seriesId: 'q', participantId: 'lærer', value: 3 },
    ];
    const after = [
      { seriesId: 'q', participantId: 'mor', value: 6 },
      { seriesId: 'q', participantId: 'far', value: 5 },
      { seriesId: 'q', participantId: 'oliver', value: 8 },
    ];
    expect(scoreChanges(before, after)).toEqual([
      { seriesId: 'q', participantId: 'mor', before: 4, after: 6 },
      { seriesId: 'q', participantId: 'oliver', before: null, after: 8 },
      { seriesId: 'q', participantId: 'lærer', before: 3, after: null },
    ]);
  });
});

describe('wellbeing hints', () => {
  it('keeps the default where the municipality wrote nothing', () => {
    const hints = wellbeingHints({ severe: 'Ring til Børn og Familie', poor: ' ' });
    expect(hints.severe).toBe('Ring til Børn og Familie');
    expect(hints.poor).toMatch(/socialrådgiver/);
  });
});

describe('the case page\'s latest scaling', () => {
  const points = (meetingId: string, values: number[]) => values.map((value, i) => ({ seriesId: 'safety', name: `P${i}`, points: [{ meetingId, value }] }));
  it('takes the newest held meeting by status, even one booked for later, and its question with numbers', () => {
    const latest = latestScaling({
      meetings: [
        { meetingId: 'first', startsAt: '2027-01-28T10:00', status: 'held' },
        { meetingId: 'booked-later-held-today', startsAt: '2027-03-18T14:00', status: 'held' },
        { meetingId: 'prepared', startsAt: '2027-05-05T10:00', status: 'planned' },
      ],
      // A question added later (no numbers) comes first in the list.
      questions: [
        { seriesId: 'new', text: 'Hvor trygge er morgenerne?' },
        { seriesId: 'safety', text: 'Hvor er vi i dag?' },
      ],
      series: [...points('first', [3, 4]), ...points('booked-later-held-today', [5, 6, 6, 7, 5, 6, 4, 6]), ...points('prepared', [9])],
    });
    expect(latest).toMatchObject({ meetingId: 'booked-later-held-today', question: 'Hvor er vi i dag?' });
    expect(latest?.scores).toHaveLength(8);
  });

  it('is empty before anyone has scaled in a held or running meeting', () => {
    expect(latestScaling({ meetings: [{ meetingId: 'm', startsAt: '2027-05-05T10:00', status: 'planned' }], questions: [{ seriesId: 'safety', text: 'q' }], series: points('m', [5]) })).toBeNull();
  });
});
