import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { scalingQuestionFor } from '../../shared/domain/caseDefaults';
import { createOliverCase, createTestContext, errorOf, type TestContext } from '../testing';
import { followupsHandlers } from './followups';
import { addItem, getMap, setWording } from './map';
import { createMeeting } from './meetings';
import { meetingReview } from './review';
import { getScaling } from './scaling';
import { sharedScreenHandlers } from './sharedScreen';

type Sync<T> = { [K in keyof T]: T[K] extends (c: infer C, i: infer I) => infer R ? (c: C, i: I) => Awaited<R> : never };
const f = followupsHandlers as unknown as Sync<typeof followupsHandlers>;

let ctx: TestContext;
beforeEach(() => {
  ctx = createTestContext('2027-03-18T12:00:00Z');
});
afterEach(() => ctx.close());

const meeting = (caseId: string, type: 'network_meeting' | 'follow_up' | 'resource_center', startsAt: string) =>
  createMeeting(ctx, contract['meetings.create'].input.parse({ caseId, type, startsAt }));

describe('the case type decides the method', () => {
  it('an early-help case starts in Signs of Wellbeing: the map, the scaling question and the Næste møde question', () => {
    const caseId = createOliverCase(ctx, { caseType: 'early_preventive', birthYear: 2022 });
    const m = meeting(caseId, 'network_meeting', '2027-03-18T10:00');
    const map = getMap(ctx, m.id);
    expect(map.wording).toBe('wellbeing');
    expect(map.labels.safety_goals).toBe('Trivselsmål');
    expect(getScaling(ctx, m.id).questions[0]?.text).toBe(scalingQuestionFor('wellbeing', 5));
    const next = m.phases.find((p) => p.kind === 'next_meeting')!;
    expect(next.questions[0]).toBe('Hvornår mødes vi igen (om 6–8 uger, efter sagens kadence)?');
  });

  it('a placement proposes the first follow-up 2 weeks out and phrases the question so; the cadence is the default until chosen', () => {
    const caseId = createOliverCase(ctx, { caseType: 'placement', birthYear: 2010 });
    const view = f['followups.propose'](ctx, { caseId, meetingStart: { date: '2027-03-18', time: '10:00' } });
    expect(view.cadence).toMatchObject({ preset: 'placement', isDefault: true });
    expect(view.proposal.start.date).toBe('2027-04-01');
    expect(meeting(caseId, 'network_meeting', '2027-03-18T10:00').phases.find((p) => p.kind === 'next_meeting')!.questions[0]).toContain('om 2 uger');
    expect(getScaling(ctx, meeting(caseId, 'network_meeting', '2027-03-19T10:00').id).questions[0]?.text).toContain('den unge ikke kan bo hjemme');
  });

  it('at a follow-up the proposal uses the cadence after the first, counted from that meeting, and saving agrees', () => {
    const caseId = createOliverCase(ctx, { caseType: 'placement', birthYear: 2010 });
    f['followups.setCadence'](ctx, { caseId, preset: 'placement', overrideWeeks: 4, reason: 'Hjemgivelse', supportStartDate: null });
    const first = f['followups.save'](ctx, { caseId, meetingStart: { date: '2027-03-18', time: '10:00' }, start: { date: '2027-04-01', time: '10:00' }, durationMinutes: 90, location: '' });
    expect(first.window?.target).toBe('2027-04-01');
    ctx.setNow('2027-04-01T08:00:00Z');
    const followUp = meeting(caseId, 'follow_up', '2027-04-01T10:00');
    const view = f['followups.propose'](ctx, { caseId, meetingStart: { date: '2027-04-01', time: '10:00' }, fromMeetingId: followUp.id });
    expect(view.nextIsFirst).toBe(false);
    expect(view.proposal.start.date).toBe('2027-04-29');
    // A day outside the window: the host asks for a reason, on the field the screen shows.
    const refusal = errorOf(() =>
      f['followups.save'](ctx, { caseId, fromMeetingId: followUp.id, meetingStart: { date: '2027-04-01', time: '10:00' }, start: { date: '2027-06-10', time: '10:00' }, durationMinutes: 90, location: '' }),
    );
    expect(refusal.fields).toHaveProperty('outsideWindowReason');
    const saved = f['followups.save'](ctx, { caseId, fromMeetingId: followUp.id, meetingStart: { date: '2027-04-01', time: '10:00' }, start: { date: '2027-04-29', time: '10:00' }, durationMinutes: 90, location: '' });
    expect(saved.window?.target).toBe('2027-04-29');
  });

  it("the follow-up template maps again, from last time's map, with Kreds's scaling question in the case's wording now", () => {
    const caseId = createOliverCase(ctx, { caseType: 'network', birthYear: 2018 });
    const first = meeting(caseId, 'network_meeting', '2027-03-18T10:00');
    addItem(ctx, { meetingId: first.id, part: 'strengths', text: 'Mormor henter hver dag', saidBy: null, confidential: false });
    setWording(ctx, { caseId, wording: 'wellbeing' });
    const followUp = meeting(caseId, 'follow_up', '2027-04-29T10:00');
    expect(followUp.phases.map((p) => p.kind)).toContain('mapping');
    expect(getMap(ctx, followUp.id).items.map((i) => i.text)).toEqual(['Mormor henter hver dag']);
    expect(getScaling(ctx, followUp.id).questions[0]?.text).toBe(scalingQuestionFor('wellbeing', 9));
  });

  it('a ressourcecentermøde offers no shared screen for its map and its summary is the professional one', () => {
    const caseId = createOliverCase(ctx);
    const m = meeting(caseId, 'resource_center', '2027-03-18T10:00');
    expect(getMap(ctx, m.id).sharedScreen).toBe(false);
    expect(m.phases.flatMap((p) => p.questions).join(' ')).not.toMatch(/familien kan genkende/);
    expect(meetingReview(ctx, { meetingId: m.id, professional: false }).professional).toBe(true);
    expect(errorOf(() => sharedScreenHandlers['map.presenter'](ctx, { meetingId: m.id })).code).toBe('conflict');
  });
});
