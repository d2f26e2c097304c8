import { describe, expect, it } from 'vitest';
import { agreementLine, contactLine, nextMeetingLine, phasesWithNotes, whenParts } from './outcome';

describe('what the family takes home', () => {
  it.each([
    ['2026-06-25T10:00', 'torsdag', '25.06.2026', 26, '10.00'],
    ['2026-12-31T08:30:00', 'torsdag', '31.12.2026', 53, '08.30'],
    ['2027-01-04T13:15', 'mandag', '04.01.2027', 1, '13.15'],
  ])('a meeting at %s is on %s %s in week %i at %s', (startsAt, weekday, date, week, time) => {
    expect(whenParts(startsAt)).toEqual({ weekday, date, week, time });
  });

  it('reads an instant in Danish time, whatever the machine’s zone', () => {
    expect(whenParts('2026-06-25T08:00:00.000Z')).toMatchObject({ date: '25.06.2026', time: '10.00' });
  });

  it('writes the next meeting with weekday, date, week, time and place', () => {
    expect(nextMeetingLine({ startsAt: '2026-06-25T10:00', place: 'Rådhuset' })).toBe('torsdag 25.06.2026 (uge 26) kl. 10.00, Rådhuset');
    expect(nextMeetingLine({ startsAt: '2026-06-25T10:00', place: '' })).toBe('torsdag 25.06.2026 (uge 26) kl. 10.00');
  });

  it('writes the contact person with role and phone, leaving out what is not known', () => {
    expect(contactLine({ name: 'Mette Sørensen', role: 'Socialrådgiver', phone: '51 23 45 67', email: '', chosen: true })).toBe('Mette Sørensen, Socialrådgiver, tlf. 51 23 45 67');
    expect(contactLine({ name: 'Mette Sørensen', role: '', phone: '', email: 'mette@kommune.dk', chosen: true })).toBe('Mette Sørensen, mette@kommune.dk');
  });

  it('names the person first in an agreement, on one line', () => {
    expect(agreementLine({ responsibleName: 'Inge', what: 'Hente Oliver\ntirsdag og torsdag', dueDate: '2026-05-20' })).toBe('Inge: Hente Oliver tirsdag og torsdag – senest 20.05.2026');
    expect(agreementLine({ responsibleName: 'Inge', what: 'Ringe', dueDate: null })).toBe('Inge: Ringe');
  });

  it('leaves phases without notes out, in meeting order', () => {
    const note = (phaseId: string, text: string, confidential = false) => ({ phaseId, phaseKind: phaseId, phaseTitle: phaseId.toUpperCase(), text, confidential });
    const phases = phasesWithNotes([note('welcome', ''), note('child_voice', 'Oliver fortæller'), note('child_voice', 'Kun fagfolk', true), note('mapping', '  '), note('closing', 'Tak')]);
    expect(phases.map((p) => [p.phaseId, p.notes.length])).toEqual([
      ['child_voice', 2],
      ['closing', 1],
    ]);
  });
});
