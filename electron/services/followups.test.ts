import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import type { SaveFollowUpInput } from '../../shared/contract/followups';
import { createOliverCase, createTestContext, errorOf, type TestContext } from '../testing';
import { createCase } from './cases';
import { followupsHandlers } from './followups';
import { takeDueReminders } from './followupReminders';
import { loadDemoData } from './demo';
import { createMeeting, listMeetings } from './meetings';
import { getMeeting } from './meetingsStore';
import { endMeeting, startMeeting } from './meetingsLive';
import { createParticipant } from './participants';

// The follow-up handlers are synchronous; the HandlerMap type also allows promises.
type Sync<T> = { [K in keyof T]: T[K] extends (c: infer C, i: infer I) => infer R ? (c: C, i: I) => Awaited<R> : never };
const h = followupsHandlers as unknown as Sync<typeof followupsHandlers>;

let ctx: TestContext;
let caseId: string;
beforeEach(() => {
  ctx = createTestContext('2027-03-18T12:00:00Z');
  caseId = createOliverCase(ctx, { birthYear: 2018 });
});
afterEach(() => ctx.close());

const meetingStart = { date: '2027-03-18', time: '10:00' };
const save = (extra: Partial<SaveFollowUpInput> = {}) =>
  h['followups.save'](ctx, { caseId, meetingStart, start: { date: '2027-05-05', time: '10:00' }, durationMinutes: 90, location: 'Rådhuset', ...extra });

describe('follow-ups', () => {
  it('proposes the day before Kristi himmelfart with every working day of the window', () => {
    const view = h['followups.propose'](ctx, { caseId, meetingStart });
    expect(view.proposal.start).toEqual({ date: '2027-05-05', time: '10:00' });
    expect(view.proposal.movedFrom).toEqual({ date: '2027-05-06', reason: 'Kristi himmelfartsdag' });
    expect(view.workingDays).not.toContain('2027-05-06');
    expect(view.workingDays[0]).toBe('2027-04-29');
    expect(view.cadence.isDefault).toBe(true);
  });

  it('saves the next meeting, and moving it keeps the UID and raises the sequence', () => {
    const first = save();
    expect(first).toMatchObject({ status: 'planned', sequence: 0, window: { target: '2027-05-06' } });
    const moved = save({ start: { date: '2027-05-07', time: '13:00' } });
    expect(moved.id).toBe(first.id);
    expect(moved.sequence).toBe(1);
    expect(h['followups.forCase'](ctx, { caseId }).planned?.start).toEqual({ date: '2027-05-07', time: '13:00' });
    expect(ctx.events.some((e) => e.type === 'followups.changed' && e.id === caseId)).toBe(true);
  });

  it.each([
    [{ date: '2027-03-01', time: '10:00' }, 'Datoen er passeret. Ledige hverdage: 19.03.2027, 22.03.2027, 23.03.2027'],
    [{ date: '2027-05-06', time: '10:00' }, 'Datoen er Kristi himmelfartsdag; der holdes ikke møder på helligdage og lukkedage. Ledige hverdage: 05.05.2027, 07.05.2027, 10.05.2027'],
    [{ date: '2027-05-08', time: '10:00' }, 'Datoen ligger i en weekend. Ledige hverdage: 07.05.2027, 10.05.2027, 11.05.2027'],
  ])('refuses %j with the nearest working days', (start, message) => {
    const error = errorOf(() => save({ start }));
    expect(error.fields?.date).toBe(message);
    expect(h['followups.forCase'](ctx, { caseId }).planned).toBeNull();
  });

  it('asks for a reason outside the window and a confirmation outside 07–19', () => {
    expect(errorOf(() => save({ start: { date: '2027-06-01', time: '10:00' } })).fields).toHaveProperty('outsideWindowReason');
    expect(save({ start: { date: '2027-06-01', time: '10:00' }, outsideWindowReason: 'Sommerferie' }).outsideWindowReason).toBe('Sommerferie');
    expect(errorOf(() => save({ start: { date: '2027-05-05', time: '19:30' } })).fields).toHaveProperty('time');
    expect(save({ start: { date: '2027-05-05', time: '19:30' }, confirmUnusualTime: true }).start.time).toBe('19:30');
  });

  it('marks the planned follow-up held when its meeting sets the next one', () => {
    const first = save();
    ctx.setNow('2027-05-05T12:00:00Z');
    const next = save({ meetingStart: { date: '2027-05-05', time: '10:00' }, start: { date: '2027-06-23', time: '10:00' } });
    expect(next.id).not.toBe(first.id);
    expect(h['followups.forCase'](ctx, { caseId })).toMatchObject({ planned: { id: next.id }, nextIsFirst: false });
  });

  it('writes an invitation without sensitive details and a cancellation with the same UID', () => {
    const planned = save();
    const invite = h['followups.invitation'](ctx, { id: planned.id });
    expect(invite).toMatchObject({ method: 'REQUEST', attendeeCount: 0, organizerMissing: true, fileName: 'opfoelgning-2027-05-05.ics' });
    expect(invite.content).not.toContain('Oliver');
    const cancelled = h['followups.cancel'](ctx, { id: planned.id });
    const cancel = h['followups.invitation'](ctx, { id: cancelled.id });
    const event = new ICAL.Component(ICAL.parse(cancel.content));
    expect(event.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid')).toBe(`${planned.id}@kreds`);
    expect(event.getFirstSubcomponent('vevent')!.getFirstPropertyValue('sequence')).toBe(1);
  });

  it('puts the organiser from the settings into the invitation', () => {
    h['followups.saveSettings'](ctx, { reminderDaysBefore: 3, organizerName: 'Mette Sørensen', organizerEmail: 'ms@kommune.dk', defaultDurationMinutes: 60 });
    const invite = h['followups.invitation'](ctx, { id: save().id, detail: 'detailed' });
    expect(invite.organizerMissing).toBe(false);
    expect(invite.content).toContain('mailto:ms@kommune.dk');
    expect(invite.content).toContain('Oliver');
  });

  it('requires a reason for a case cadence of its own and the support start for § 95', () => {
    expect(errorOf(() => h['followups.setCadence'](ctx, { caseId, preset: 'network_meeting', overrideWeeks: 12, reason: '', supportStartDate: null })).fields).toHaveProperty('reason');
    expect(errorOf(() => h['followups.setCadence'](ctx, { caseId, preset: 'statutory_95', overrideWeeks: null, reason: 'Aftalt', supportStartDate: null })).fields).toHaveProperty('supportStartDate');
    h['followups.setCadence'](ctx, { caseId, preset: 'placement', overrideWeeks: null, reason: '', supportStartDate: null });
    expect(h['followups.propose'](ctx, { caseId, meetingStart }).proposal.start.date).toBe('2027-04-01');
  });

  it('shows upcoming, overdue and cases without a next meeting in the overview, and reminds once', () => {
    const other = createCase(ctx, { childName: 'Sofie', birthYear: 2012, caseType: 'supportive', responsibleWorker: 'Mette Sørensen' });
    const planned = save();
    ctx.setNow('2027-05-03T08:00:00Z');
    let overview = h['followups.overview'](ctx, {});
    expect(overview.upcoming.map((i) => i.followUp.id)).toEqual([planned.id]);
    expect(overview.withoutNext.map((c) => c.caseId)).toEqual([other.id]);
    expect(overview.attentionCount).toBe(1);
    expect(takeDueReminders(ctx).map((r) => [r.kind, r.body])).toEqual([['upcoming', 'O.: opfølgning 05.05.2027 kl. 10.00']]);
    expect(takeDueReminders(ctx)).toEqual([]);
    ctx.setNow('2027-05-06T08:00:00Z');
    overview = h['followups.overview'](ctx, {});
    expect(overview.overdue.map((i) => i.childName)).toEqual(['Oliver']);
    expect(takeDueReminders(ctx).map((r) => r.kind)).toEqual(['overdue']);
    h['followups.markHeld'](ctx, { id: planned.id });
    expect(h['followups.overview'](ctx, {}).overdue).toEqual([]);
  });

  it('gives the demo case Oliver a follow-up 7 weeks after his held meeting, and the overview something in each list', () => {
    loadDemoData(ctx);
    const overview = h['followups.overview'](ctx, {});
    expect(overview.upcoming.map((i) => i.childName)).toContain('A.K.');
    expect(overview.overdue.map((i) => i.childName)).toEqual(['Emil']);
    expect(overview.withoutNext.map((c) => c.childName)).toContain('Sofie');
    const planned = ctx.db.prepare(`SELECT f.start_date, f.window_target FROM followups f JOIN cases c ON c.id = f.case_id WHERE c.child_name = 'Oliver' AND c.is_demo = 1`).get() as { start_date: string; window_target: string };
    // The demo meeting was held two weeks before 18.03.2027, on Thursday 04.03.2027: 7 weeks on is Thursday 22.04.2027.
    expect(planned).toEqual({ start_date: '2027-04-22', window_target: '2027-04-22' });
    // The meetings demo already planned that Opfølgningsmøde: linked, not planned twice.
    const oliverId = (ctx.db.prepare(`SELECT id FROM cases WHERE child_name = 'Oliver' AND is_demo = 1`).get() as { id: string }).id;
    expect(listMeetings(ctx, oliverId).filter((m) => m.status === 'planned').map((m) => m.startsAt)).toEqual(['2027-04-22T13:00']);
  });

  it('invites the participants with an e-mail and names those without', () => {
    createParticipant(ctx, { caseId, name: 'Tove Hansen', role: 'teacher', email: 'tove.hansen@skole.dk' });
    createParticipant(ctx, { caseId, name: 'Lise (mor)', role: 'mother' });
    const invite = h['followups.invitation'](ctx, { id: save().id });
    expect(invite.attendeeCount).toBe(1);
    expect(invite.withoutEmail).toEqual(['Lise (mor)']);
    const attendees = new ICAL.Component(ICAL.parse(invite.content)).getFirstSubcomponent('vevent')!.getAllProperties('attendee');
    expect(attendees.map((a) => a.getFirstValue())).toEqual(['mailto:tove.hansen@skole.dk']);
  });

  it('counts the follow-up as held when the meeting on its day is held, but not the next one that meeting planned', () => {
    const planned = save();
    const teacher = createParticipant(ctx, { caseId, name: 'Tove Hansen', role: 'teacher' });
    ctx.setNow('2027-05-05T07:00:00Z');
    const meeting = createMeeting(ctx, contract['meetings.create'].input.parse({ caseId, type: 'follow_up', startsAt: '2027-05-05T10:00', participantIds: [teacher.id] }));
    startMeeting(ctx, meeting.id);
    const next = save({ fromMeetingId: meeting.id, meetingStart: { date: '2027-05-05', time: '10:00' }, start: { date: '2027-06-23', time: '10:00' } });
    endMeeting(ctx, meeting.id);
    expect(h['followups.forCase'](ctx, { caseId }).planned?.id).toBe(next.id);
    expect(ctx.db.prepare('SELECT status FROM followups WHERE id = ?').get(planned.id)).toEqual({ status: 'held' });
  });

  it('moves a follow-up within the window it was planned in when no meeting is given', () => {
    const planned = save();
    const moved = save({ meetingStart: null, start: { date: '2027-05-11', time: '10:00' } });
    expect(moved).toMatchObject({ id: planned.id, sequence: 1, window: planned.window, outsideWindowReason: null });
    expect(errorOf(() => save({ meetingStart: null, start: { date: '2027-05-31', time: '10:00' } })).fields).toHaveProperty('outsideWindowReason');
  });

  it('plans the follow-up meeting with the same invitees, moves it with the follow-up and cancels it with it', () => {
    const teacher = createParticipant(ctx, { caseId, name: 'Tove Hansen', role: 'teacher' });
    ctx.setNow('2027-03-18T08:00:00Z');
    const meeting = createMeeting(ctx, contract['meetings.create'].input.parse({ caseId, type: 'network_meeting', startsAt: '2027-03-18T10:00', participantIds: [teacher.id] }));
    startMeeting(ctx, meeting.id);
    const planned = save({ fromMeetingId: meeting.id });
    const next = () => listMeetings(ctx, caseId).filter((m) => m.type === 'follow_up');
    expect(next().map((m) => [m.startsAt, m.status, m.place])).toEqual([['2027-05-05T10:00', 'planned', 'Rådhuset']]);
    expect(getMeeting(ctx, next()[0]!.id).attendance.map((a) => a.name)).toEqual(['Tove Hansen']);
    save({ fromMeetingId: meeting.id, start: { date: '2027-05-07', time: '13:00' } });
    expect(next().map((m) => m.startsAt)).toEqual(['2027-05-07T13:00']);
    h['followups.cancel'](ctx, { id: planned.id });
    expect(next().map((m) => m.status)).toEqual(['cancelled']);
  });
});
