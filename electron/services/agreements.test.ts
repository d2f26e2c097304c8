import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, Input, Output } from '../../shared/contract';
import { callChannel, createOliverCase, createTestContext, errorOf, type TestContext } from '../testing';
import { createCase } from './cases';
import type { ServiceChannel } from './index';

let ctx: TestContext;
beforeEach(() => (ctx = createTestContext('2026-03-10T09:00:00')));
afterEach(() => ctx.close());

function call<K extends ServiceChannel & ChannelName>(channel: K, input: Input<K>): Output<K> {
  return callChannel(ctx, channel, input);
}

function setup() {
  const caseId = createOliverCase(ctx);
  const person = (name: string, role: Input<'participants.create'>['role'], roleDetail = '') =>
    call('participants.create', { caseId, name, role, roleDetail });
  const mother = person('Sara', 'mother');
  const coach = person('Kim', 'network_person', 'fodboldtræner');
  const first = call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-03-10T13:00' });
  return { caseId, mother, coach, first };
}

describe('agreements', () => {
  it('defaults the due date to the day before the next meeting, else meeting + 7 weeks − 1 day', () => {
    const { caseId, mother, first } = setup();
    const a = call('agreements.create', { caseId, meetingId: first.id, what: 'Følge Oliver i skole', responsibleName: mother.name, responsibleParticipantId: mother.id });
    expect(a.dueDate).toBe('2026-04-27');
    call('meetings.create', { caseId, type: 'follow_up', startsAt: '2026-04-21T13:00' });
    expect(call('agreements.defaults', { caseId, meetingId: first.id }).dueDate).toBe('2026-04-20');
  });

  it('makes the working day before the next meeting the deadline when that meeting moved off Kristi himmelfartsdag', () => {
    const caseId = createOliverCase(ctx);
    const meeting = call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2027-03-18T10:00', confirmUnusualDate: true });
    // Not booked yet (the agreements come before "Næste møde"): the proposal is Wednesday 05.05.2027, so Tuesday.
    expect(call('agreements.defaults', { caseId, meetingId: meeting.id }).dueDate).toBe('2027-05-04');
    call('followups.save', {
      caseId,
      fromMeetingId: meeting.id,
      meetingStart: { date: '2027-03-18', time: '10:00' },
      start: { date: '2027-05-05', time: '10:00' },
      durationMinutes: 90,
      location: '',
    });
    expect(call('agreements.defaults', { caseId, meetingId: meeting.id }).dueDate).toBe('2027-05-04');
  });

  it('refuses an agreement without what or who, with both Danish field errors and nothing saved', () => {
    const { caseId, first } = setup();
    const error = errorOf(() => call('agreements.create', { caseId, meetingId: first.id, what: '  ', responsibleName: '' }));
    expect(error.fields).toEqual({ what: 'Skriv, hvad der skal gøres', responsibleName: 'Vælg, hvem der er ansvarlig' });
    expect(call('agreements.listForMeeting', { meetingId: first.id })).toEqual([]);
  });

  it('lets anyone in the network be responsible, by participant or by name', () => {
    const { caseId, coach, first } = setup();
    call('agreements.create', { caseId, meetingId: first.id, what: 'Hente Oliver efter træning', responsibleName: coach.name, responsibleParticipantId: coach.id });
    call('agreements.create', { caseId, meetingId: first.id, what: 'Ringe til mor', responsibleName: 'Mormor' });
    expect(call('agreements.listForMeeting', { meetingId: first.id }).map((a) => a.responsibleName)).toEqual(['Kim', 'Mormor']);
  });

  it('turns a task draft from the notes into an agreement, once', () => {
    const { caseId, mother, first } = setup();
    const draft = call('meetings.addTaskDraft', { meetingId: first.id, phaseId: null, text: 'Mor kontakter skolen om morgenplan' });
    const a = call('agreements.fromTaskDraft', { draftId: draft.id, responsibleName: mother.name, responsibleParticipantId: mother.id });
    expect(a).toMatchObject({ caseId, meetingId: first.id, what: 'Mor kontakter skolen om morgenplan', source: 'notes' });
    expect(call('meetings.get', { id: first.id }).taskDrafts).toEqual([]);
    expect(errorOf(() => call('agreements.fromTaskDraft', { draftId: draft.id, responsibleName: 'Sara' })).code).toBe('not_found');
  });

  it('refuses to delete a participant who holds open agreements, listing them', () => {
    const { caseId, coach, first } = setup();
    const a = call('agreements.create', { caseId, meetingId: first.id, what: 'Hente Oliver efter træning', responsibleName: coach.name, responsibleParticipantId: coach.id });
    const error = errorOf(() => call('participants.delete', { id: coach.id }));
    expect(error.message).toMatch(/Kim er ansvarlig for en åben aftale: »Hente Oliver efter træning«/);
    expect(call('agreements.openFor', { participantId: coach.id }).map((x) => x.id)).toEqual([a.id]);
  });

  it('goes with its case (cascade)', () => {
    const { caseId, first } = setup();
    call('agreements.create', { caseId, meetingId: first.id, what: 'Ringe til skolen', responsibleName: 'Mormor' });
    ctx.db.prepare('DELETE FROM cases WHERE id = ?').run(caseId);
    expect(ctx.db.prepare('SELECT COUNT(*) AS n FROM agreements').get()).toEqual({ n: 0 });
  });
});

describe('review at the follow-up meeting', () => {
  it('lists the previous meeting’s agreements, records outcomes and carries the unfinished ones in one action', () => {
    const { caseId, mother, coach, first } = setup();
    const make = (what: string, name: string) => call('agreements.create', { caseId, meetingId: first.id, what, responsibleName: name });
    const [a, b, c] = [make('Følge Oliver i skole', mother.name), make('Hente efter træning', coach.name), make('Ringe til PPR', 'Mette')];
    ctx.setNow('2026-04-21T13:00:00');
    const follow = call('meetings.create', { caseId, type: 'follow_up', startsAt: '2026-04-21T13:00' });
    expect(call('agreements.review', { meetingId: follow.id }).map((i) => i.agreement.what)).toEqual([a.what, b.what, c.what]);
    call('agreements.setReview', { meetingId: follow.id, agreementId: a.id, outcome: 'done', comment: 'Hver dag' });
    call('agreements.setReview', { meetingId: follow.id, agreementId: b.id, outcome: 'partly', comment: 'To af fire gange' });
    call('agreements.setReview', { meetingId: follow.id, agreementId: c.id, outcome: 'not_done', comment: '' });
    const carried = call('agreements.carryForward', { meetingId: follow.id });
    expect(carried.map((x) => [x.what, x.status, x.carriedFromId])).toEqual([
      [b.what, 'in_progress', b.id],
      [c.what, 'not_started', c.id],
    ]);
    expect(call('agreements.carryForward', { meetingId: follow.id })).toEqual([]);
    const review = call('agreements.review', { meetingId: follow.id });
    expect(review.map((i) => [i.review?.outcome, i.carried])).toEqual([
      ['done', false],
      ['partly', true],
      ['not_done', true],
    ]);
    const overview = call('agreements.overview', {});
    expect(overview.items.map((i) => i.what).sort()).toEqual([b.what, c.what].sort());
    expect(overview.items.every((i) => i.dueDate === '2026-06-08')).toBe(true);
  });
});

describe('overview', () => {
  it('shows open and overdue agreements across cases, and "mine" by the chosen name', () => {
    const { caseId, first } = setup();
    const sofie = createCase(ctx, { childName: 'Sofie', birthYear: 2012, caseType: 'supportive', responsibleWorker: 'Mette Sørensen' }).id;
    call('agreements.create', { caseId, meetingId: first.id, what: 'Ringe til skolen', responsibleName: 'Mette Sørensen', dueDate: '2026-03-09' });
    call('agreements.create', { caseId: sofie, what: 'Booke møde med UU', responsibleName: 'Mette Sørensen', dueDate: '2026-05-01' });
    const done = call('agreements.create', { caseId: sofie, what: 'Sende referat', responsibleName: 'Jonas' });
    call('agreements.update', { id: done.id, what: done.what, responsibleName: done.responsibleName, status: 'done' });
    const all = call('agreements.overview', {});
    expect([all.openCount, all.overdueCount, all.myName]).toEqual([2, 1, null]);
    expect(all.items[0]).toMatchObject({ childName: 'Oliver', overdue: true });
    call('agreements.create', { caseId: sofie, what: 'Tale med mor', responsibleName: 'Sara', dueDate: '2026-05-02' });
    call('agreements.setMyName', { name: 'mette sørensen' });
    expect(call('agreements.overview', { mine: true }).items.map((i) => i.what)).toEqual(['Ringe til skolen', 'Booke møde med UU']);
  });
});
