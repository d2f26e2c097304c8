import { afterEach, expect, it } from 'vitest';
import { createTestContext } from '../testing';
import { loadDemoData } from './demo';
import { sharedMap } from './sharedScreenContent';
import { sinceLast } from './sinceLast';

const ctx = createTestContext('2026-05-14T10:00:00');
afterEach(() => ctx.close());

it("Oliver's demo map is complete, hides its fortroligt item on the shared screen, and the follow-up shows change", () => {
  loadDemoData(ctx);
  const oliver = ctx.db.prepare(`SELECT id FROM cases WHERE child_name = 'Oliver'`).get() as { id: string };
  const [first, followUp] = ctx.db.prepare('SELECT id FROM meetings WHERE case_id = ? ORDER BY starts_at').all(oliver.id) as { id: string }[];
  const parts = ctx.db.prepare('SELECT DISTINCT part FROM map_items WHERE meeting_id = ?').all(first!.id);
  expect(parts).toHaveLength(7);
  const scores = ctx.db.prepare('SELECT COUNT(*) AS n FROM scaling_scores s JOIN scaling_questions q ON q.id = s.question_id WHERE q.meeting_id = ?').get(first!.id);
  expect(scores).toEqual({ n: 4 });
  expect(JSON.stringify(sharedMap(ctx, first!.id))).not.toContain('sygemeldt');
  const diff = sinceLast(ctx, followUp!.id);
  expect(diff.changed).toHaveLength(3);
  expect(diff.added).toHaveLength(0);
  expect(diff.removed).toHaveLength(0);
  expect(diff.scores.map((s) => [s.name, s.before, s.after])).toEqual([
    ['Camilla Nielsen', 4, 6],
    ['Lars Berg', 5, 6],
  ]);
});
