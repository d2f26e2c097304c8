import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, Input, Output } from '../../shared/contract';
import { callChannel, createOliverCase, createTestContext, errorOf, type TestContext } from '../testing';
import type { ServiceChannel } from './index';

let ctx: TestContext;
beforeEach(() => (ctx = createTestContext('2026-05-14T10:00:00')));
afterEach(() => ctx.close());

function call<K extends ServiceChannel & ChannelName>(channel: K, input: Input<K>): Output<K> {
  return callChannel(ctx, channel, input);
}

function meetingWithMap() {
  const caseId = createOliverCase(ctx);
  const meetingId = call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-05-14T13:00', place: 'Skolen' }).id;
  const add = (part: 'safety_goals' | 'strengths', text: string, confidential = false) => call('map.addItem', { meetingId, part, text, saidBy: null, confidential });
  return { caseId, meetingId, add };
}

describe('a goal on the map becomes a goal in the plan in one action', () => {
  it('in the map item’s words, linked to it, with the SMART check’s usual nudges', () => {
    const { caseId, add } = meetingWithMap();
    const item = add('safety_goals', 'Oliver møder i skole hver dag inden sommerferien');
    const goal = call('plan.goalFromMap', { mapItemId: item.id });
    expect(goal).toMatchObject({ caseId, text: item.text, safetyGoalId: item.id, status: 'active', parentId: null });
    expect(call('plan.get', { caseId }).goals.map((g) => g.id)).toEqual([goal.id]);
  });

  it('not twice, also not from the same goal carried forward to the next meeting', () => {
    const { caseId, add } = meetingWithMap();
    const item = add('safety_goals', 'Oliver møder i skole hver dag');
    call('plan.goalFromMap', { mapItemId: item.id });
    expect(errorOf(() => call('plan.goalFromMap', { mapItemId: item.id })).message).toBe('Målet står allerede i planen: »Oliver møder i skole hver dag«');
    const next = call('meetings.create', { caseId, type: 'follow_up', startsAt: '2026-06-25T13:00', place: 'Skolen' }).id;
    const carried = call('map.get', { meetingId: next }).items.find((i) => i.part === 'safety_goals')!;
    expect(carried.id).not.toBe(item.id);
    expect(errorOf(() => call('plan.goalFromMap', { mapItemId: carried.id })).code).toBe('conflict');
  });

  it('refuses a fortroligt item and anything that is not a goal on the map', () => {
    const { add } = meetingWithMap();
    expect(errorOf(() => call('plan.goalFromMap', { mapItemId: add('safety_goals', 'Far drikker ikke', true).id })).message).toContain('fortroligt punkt');
    expect(errorOf(() => call('plan.goalFromMap', { mapItemId: add('strengths', 'Mormor hjælper').id })).code).toBe('invalid_input');
  });
});
