import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, Input, Output } from '../../shared/contract';
import { KredsError } from '../../shared/errors';
import { callChannel, createOliverCase, createTestContext, type TestContext } from '../testing';
import type { ServiceChannel } from './index';

let ctx: TestContext;
beforeEach(() => (ctx = createTestContext('2026-03-10T09:00:00')));
afterEach(() => ctx.close());

function call<K extends ServiceChannel & ChannelName>(channel: K, input: Input<K>): Output<K> {
  return callChannel(ctx, channel, input);
}

function oliver(): string {
  return createOliverCase(ctx);
}

describe('goals and the plan', () => {
  it('works without a formal plan: goals with delmål in order', () => {
    const caseId = oliver();
    const goal = call('plan.addGoal', { caseId, text: 'Oliver møder i skole alle skoledage inden uge 24' });
    call('plan.addGoal', { caseId, parentId: goal.id, text: 'Oliver står op kl. 7 med vækkeur hver skoledag' });
    call('plan.addGoal', { caseId, text: 'Oliver går til fodbold to gange om ugen' });
    const plan = call('plan.get', { caseId });
    expect(plan.formal).toBeNull();
    expect(plan.goals.map((g) => [g.text.slice(0, 20), g.subGoals.length])).toEqual([
      ['Oliver møder i skole', 1],
      ['Oliver går til fodbo', 0],
    ]);
    expect(plan.activeGoalCount).toBe(2);
  });

  it('refuses a delmål under a delmål', () => {
    const caseId = oliver();
    const goal = call('plan.addGoal', { caseId, text: 'Hovedmål' });
    const sub = call('plan.addGoal', { caseId, parentId: goal.id, text: 'Delmål' });
    expect(() => call('plan.addGoal', { caseId, parentId: sub.id, text: 'For dybt' })).toThrow(/delmål kan ikke have egne delmål/);
  });

  it('warns above five active goals, not counting delmål or reached goals', () => {
    const caseId = oliver();
    const goals = [1, 2, 3, 4, 5].map((n) => call('plan.addGoal', { caseId, text: `Mål ${n}` }));
    call('plan.addGoal', { caseId, parentId: goals[0]!.id, text: 'Et delmål' });
    expect(call('plan.get', { caseId }).tooManyGoals).toBeNull();
    const sixth = call('plan.addGoal', { caseId, text: 'Mål 6' });
    expect(call('plan.get', { caseId }).tooManyGoals).toMatch(/6 aktive mål.*forvirre familien/);
    call('plan.updateGoal', { id: sixth.id, text: sixth.text, status: 'reached' });
    expect(call('plan.get', { caseId }).tooManyGoals).toBeNull();
  });

  it('records the formal plan with its date and who wrote it', () => {
    const caseId = oliver();
    const plan = call('plan.saveFormal', { caseId, kind: 'barnets_plan', madeOn: '2026-03-12', withChild: true, withCustodyHolder: true });
    expect(plan.formal).toEqual({ kind: 'barnets_plan', madeOn: '2026-03-12', withChild: true, withCustodyHolder: true, note: '' });
    expect(call('plan.removeFormal', { caseId }).formal).toBeNull();
  });

  it('keeps a progress history per goal: one entry per meeting, corrected when recorded again', () => {
    const caseId = oliver();
    const goal = call('plan.addGoal', { caseId, text: 'Oliver møder i skole alle skoledage inden uge 24' });
    const m1 = call('meetings.create', { caseId, type: 'follow_up', startsAt: '2026-04-21T13:00' });
    const m2 = call('meetings.create', { caseId, type: 'follow_up', startsAt: '2026-06-02T13:00' });
    call('plan.recordProgress', { goalId: goal.id, meetingId: m1.id, score: 3, comment: 'Tre dage om ugen' });
    call('plan.recordProgress', { goalId: goal.id, meetingId: m1.id, score: 4, comment: 'Rettet' });
    ctx.setNow('2026-06-02T14:00:00');
    call('plan.recordProgress', { goalId: goal.id, meetingId: m2.id, score: 8, status: 'on_track' });
    const history = call('plan.get', { caseId }).goals[0]!.progress;
    expect(history.map((p) => [p.score, p.comment])).toEqual([
      [4, 'Rettet'],
      [8, ''],
    ]);
  });

  it('asks for a status or a score', () => {
    const caseId = oliver();
    const goal = call('plan.addGoal', { caseId, text: 'Mål' });
    try {
      call('plan.recordProgress', { goalId: goal.id, comment: 'Kun en kommentar' });
      expect.unreachable();
    } catch (error) {
      expect((error as KredsError).fields?.score).toMatch(/status eller giv en score/);
    }
  });

  it('keeps an agreement when its goal is deleted, unlinking it', () => {
    const caseId = oliver();
    const goal = call('plan.addGoal', { caseId, text: 'Mål' });
    const a = call('agreements.create', { caseId, what: 'Ringe til skolen', responsibleName: 'Mormor', goalId: goal.id });
    call('plan.deleteGoal', { id: goal.id });
    expect(call('agreements.listForCase', { caseId }).map((x) => [x.id, x.goalId])).toEqual([[a.id, null]]);
  });
});
