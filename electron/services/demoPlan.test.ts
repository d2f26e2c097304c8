import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../testing';
import { reviewItems } from './agreementsReview';
import { agreementsOverview } from './agreementsOverview';
import { loadDemoData } from './demo';
import { getPlan } from './plan';

let ctx: TestContext;
beforeEach(() => (ctx = createTestContext('2026-05-14T10:00:00')));
afterEach(() => ctx.close());

it('the demo: Oliver’s follow-up lists five agreements to review held by five different people, and the plan has goals with a delmål', () => {
  loadDemoData(ctx);
  const oliver = ctx.db.prepare(`SELECT id FROM cases WHERE child_name = 'Oliver'`).get() as { id: string };
  const followUp = ctx.db.prepare(`SELECT id FROM meetings WHERE case_id = ? AND type = 'follow_up'`).get(oliver.id) as { id: string };
  const review = reviewItems(ctx, followUp.id);
  expect(new Set(review.map((i) => i.agreement.responsibleName)).size).toBe(5);
  const plan = getPlan(ctx, oliver.id);
  expect(plan.formal).toBeNull();
  expect(plan.goals.length).toBe(3);
  expect(plan.goals.some((g) => g.subGoals.length === 1)).toBe(true);
  expect(review.every((i) => i.review === null)).toBe(true);
  // Oliver's five, plus the review demo's case (Malthe: two partly done and overdue, two from the last meeting).
  expect(agreementsOverview(ctx, { mine: false })).toMatchObject({ openCount: 9, overdueCount: 3 });
  expect(plan.goals[0]!.progress.map((p) => p.score)).toEqual([3]);
});
