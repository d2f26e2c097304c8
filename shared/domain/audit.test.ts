import { describe, expect, it } from 'vitest';
import { auditSummary, MAX_SUMMARY_LENGTH, shorten } from './audit';
import { type AgreementAudit, agreementSummary } from './agreementsAudit';
import { followUpSummary } from './followupsAudit';
import { houseItemSummary, type MapItemAudit, mapItemSummary } from './mapAudit';
import { attendanceSummary, type MeetingAudit, meetingSummary, noteSummary } from './meetingsAudit';
import { participantSummary } from './participantsAudit';
import { goalSummary } from './planAudit';
import { scoreSummary } from './scalingAudit';

const agreement: AgreementAudit = { what: 'Ringe til skolen', why: '', responsibleName: 'Mette Sørensen', dueDate: '2026-05-12', status: 'not_started', comment: '' };
const item: MapItemAudit = { part: 'strengths', text: 'Mormor henter hver fredag', saidBy: null, confidential: false };
const secret: MapItemAudit = { part: 'complicating_factors', text: 'Fars tidligere alkoholforbrug', saidBy: null, confidential: true };
const meeting: MeetingAudit = { type: 'follow_up', startsAt: '2026-05-14T10:00', place: 'Skolen', status: 'planned', leadName: 'Mette', noteTaker: '', purpose: 'Status' };

describe('the audit summary of a change', () => {
  it.each([
    ['an agreement created', agreementSummary(null, agreement), 'Aftale "Ringe til skolen" oprettet: status ikke startet; ansvarlig Mette Sørensen; frist 12.05.2026'],
    ['an agreement done and moved', agreementSummary(agreement, { ...agreement, status: 'done', dueDate: '2026-05-19' }), 'Aftale "Ringe til skolen": status ikke startet → udført; frist 12.05.2026 → 19.05.2026'],
    ['an agreement reworded: named, but its old wording not written', agreementSummary(agreement, { ...agreement, what: 'Ringe til klasselæreren' }), 'Aftale "Ringe til klasselæreren": tekst ændret'],
    ['an agreement given a comment: the comment is not written', agreementSummary(agreement, { ...agreement, comment: 'Mor var syg' }), 'Aftale "Ringe til skolen": kommentar ændret'],
    ['an agreement deleted', agreementSummary(agreement, null), 'Aftale "Ringe til skolen" slettet'],
    ['a due date removed', agreementSummary(agreement, { ...agreement, dueDate: null }), 'Aftale "Ringe til skolen": frist 12.05.2026 → –'],
    ['nothing that matters changed', agreementSummary(agreement, { ...agreement }), 'Aftale "Ringe til skolen" ændret'],
    ['a shared map item moved', mapItemSummary(item, { ...item, part: 'existing_safety' }), 'Punkt på kortet "Mormor henter hver fredag": felt Styrker og ressourcer → Eksisterende sikkerhed'],
    ['a fortroligt map item created: never named', mapItemSummary(null, secret), 'Fortroligt punkt på kortet oprettet: felt Komplicerende faktorer; fortroligt ja'],
    ['a shared item made fortroligt: not named either', mapItemSummary(item, { ...item, confidential: true }), 'Fortroligt punkt på kortet: fortroligt nej → ja'],
    ['a fortroligt item reworded', mapItemSummary(secret, { ...secret, text: 'Noget andet' }), 'Fortroligt punkt på kortet: tekst ændret'],
    ['a meeting moved', meetingSummary(meeting, { ...meeting, startsAt: '2026-05-21T10:00', place: 'Rådhuset' }), 'Møde: tidspunkt 14.05.2026 kl. 10.00 → 21.05.2026 kl. 10.00; sted Skolen → Rådhuset'],
    ['a meeting held', meetingSummary(meeting, { ...meeting, status: 'held' }), 'Møde: status planlagt → afholdt'],
    [
      'a follow-up moved',
      followUpSummary({ date: '2026-06-25', time: '09:00', durationMinutes: 90, location: 'Skolen', status: 'planned' }, { date: '2026-07-02', time: '13:30', durationMinutes: 90, location: 'Skolen', status: 'planned' }),
      'Opfølgningsmøde: dato 25.06.2026 → 02.07.2026; kl. 09.00 → 13.30',
    ],
    ['a goal reached', goalSummary({ text: 'Oliver møder i skole hver dag', deadline: '2026-06-30', status: 'active', parentId: null }, { text: 'Oliver møder i skole hver dag', deadline: '2026-06-30', status: 'reached', parentId: null }), 'Mål "Oliver møder i skole hver dag": status aktivt → nået'],
    ['a sub-goal created', goalSummary(null, { text: 'Cykler selv', deadline: null, status: 'active', parentId: 'g1' }), 'Delmål "Cykler selv" oprettet: status aktivt'],
    ['the child\'s words added, not quoted', houseItemSummary(null, { house: 'dreams', text: 'At mor er glad', shown: false }), 'Barnets ord i Drømmehuset oprettet: vist på skærmen nej'],
    ['the child\'s words shown on the screen', houseItemSummary({ house: 'worries', text: 'x', shown: false }, { house: 'worries', text: 'x', shown: true }), 'Barnets ord i huset med bekymringer: vist på skærmen nej → ja'],
    [
      'a participant\'s new phone number: named, not written',
      participantSummary({ name: 'Sara', role: 'mother', roleDetail: '', organisation: '', phone: '', email: '', note: '' }, { name: 'Sara', role: 'mother', roleDetail: '', organisation: '', phone: '22 33 44 55', email: '', note: '' }),
      'Deltager "Sara": telefon ændret',
    ],
    ['a participant created', participantSummary(null, { name: 'Lars Berg', role: 'teacher', roleDetail: 'klasselærer 3.b', organisation: 'Engskolen', phone: '', email: '', note: '' }), 'Deltager "Lars Berg" oprettet: rolle lærer; uddybning klasselærer 3.b; organisation Engskolen'],
    ['attendance marked', attendanceSummary('Sara Lund', 'invited', 'phone'), 'Fremmøde: Sara Lund inviteret → med i telefon'],
    ['a score changed', scoreSummary('Sara', 4, 6), 'Skalering: Sara 4 → 6'],
    ['a score given', scoreSummary('Sara', null, 6), 'Skalering: Sara gav 6'],
    ['a fortrolig note saved', noteSummary('Barnets stemme', true), 'Fortrolige noter i fasen "Barnets stemme" gemt'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('never writes a fortroligt text, whatever changes', () => {
    for (const after of [null, { ...secret, part: 'harm' as const }, { ...secret, confidential: false }]) expect(mapItemSummary(secret, after)).not.toContain('alkohol');
    expect(mapItemSummary(null, secret)).not.toContain('alkohol');
  });

  it('keeps long names and summaries short', () => {
    expect(shorten('Et meget langt aftalenavn som bliver ved og ved og ved og ved')).toBe('Et meget langt aftalenavn som bliver ve…');
    const many = Array.from({ length: 40 }, (_, i) => ({ key: `f${i}` as never, label: `felt nummer ${i}` }));
    const long = auditSummary({ what: 'Ting', fields: many, before: {}, after: Object.fromEntries(many.map((f, i) => [f.key, `værdi ${i}`])) });
    expect(long.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });
});
