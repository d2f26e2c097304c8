import type { GoalRecord, MapItemRecord, MeetingRecord } from './review';

/** A small fictional case (Oliver, school absence) used by the review, journal and export tests. */
export function item(id: string, part: MapItemRecord['part'], text: string, extra: Partial<MapItemRecord> = {}): MapItemRecord {
  return { id, part, text, saidBy: null, saidByName: null, confidential: false, originId: null, ...extra };
}

export function meetingFixture(overrides: Partial<MeetingRecord> = {}): MeetingRecord {
  return {
    id: 'm1',
    caseId: 'c1',
    type: 'network_meeting',
    startsAt: '2026-02-03T09:00:00',
    status: 'held',
    place: 'Familiens hjem',
    attendees: [
      { participantId: 'p-mor', name: 'Camilla', role: 'Mor', status: 'present' },
      { participantId: 'p-laerer', name: 'Henrik', role: 'Klasselærer', status: 'phone' },
      { participantId: 'p-farmor', name: 'Inge', role: 'Farmor', status: 'absent' },
    ],
    notes: [
      { phaseId: 'ph1', phaseKind: 'family_perspective', phaseTitle: 'Familiens perspektiv', text: 'Morgenerne er svære, Oliver vil ikke op.', confidential: false },
      { phaseId: 'ph2', phaseKind: 'network_professionals', phaseTitle: 'Fagpersoner', text: 'Mistanke om misbrug hos far.', confidential: true },
    ],
    mapItems: [
      item('i1', 'danger_statements', 'Hvis intet ændrer sig, mister Oliver kontakten til klassen.'),
      item('i2', 'complicating_factors', 'Fars drikkeri i weekenderne', { confidential: true }),
      item('i3', 'strengths', 'Farmor henter gerne', { saidBy: 'p-farmor', saidByName: 'Inge' }),
      item('i4', 'safety_goals', 'Oliver er i skole hver dag kl. 8.'),
    ],
    houseItems: [],
    scaling: [
      {
        seriesId: 's1',
        question: 'Hvor er vi i dag?',
        scores: [
          { participantId: 'p-mor', participantName: 'Camilla', value: 4 },
          { participantId: 'p-laerer', participantName: 'Henrik', value: 3 },
        ],
      },
    ],
    wellbeing: 'declining',
    agreements: [
      { id: 'a1', meetingId: 'm1', what: 'Vækker Oliver kl. 7 og følger ham i skole', responsibleName: 'Camilla', dueDate: '2026-03-16', status: 'in_progress', review: null },
      { id: 'a2', meetingId: 'm1', what: 'Ringer hjem ved fravær inden kl. 9', responsibleName: 'Henrik', dueDate: '2026-03-16', status: 'done', review: null },
    ],
    ...overrides,
  };
}

export const goalsFixture: GoalRecord[] = [
  {
    id: 'g1',
    parentId: null,
    text: 'Oliver møder i skole mindst 9 ud af 10 dage',
    deadline: '2026-06-19',
    status: 'active',
    progress: [{ meetingId: 'm1', status: 'some_progress', score: 5, comment: '', recordedAt: '2026-02-03T10:00:00' }],
  },
];
