import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { KredsError } from '../../shared/errors';
import { createOliverCase, createTestContext, type TestContext } from '../testing';
import { addHouseItem, listHouseItems } from './childHouses';
import { addItem, deleteItem, getMap, latestMapMeeting, moveMapItem, pairItems, updateItem } from './map';
import { sharedMap } from './sharedScreenContent';
import { createMeeting } from './meetings';
import { createParticipant } from './participants';
import { getScaling, scalingTrend, setScore } from './scaling';
import { sinceLast } from './sinceLast';

let ctx: TestContext;
let caseId: string;
let people: Record<'mor' | 'far' | 'laerer' | 'oliver', string>;

function meeting(startsAt: string, type: 'network_meeting' | 'follow_up' = 'network_meeting'): string {
  const input = contract['meetings.create'].input.parse({ caseId, type, startsAt, participantIds: Object.values(people), confirmUnusualDate: true });
  const id = createMeeting(ctx, input).id;
  ctx.db.prepare(`UPDATE meeting_attendance SET status = 'present' WHERE meeting_id = ?`).run(id);
  return id;
}

beforeEach(() => {
  ctx = createTestContext('2026-03-02T09:00:00');
  caseId = createOliverCase(ctx);
  const p = (name: string, role: 'mother' | 'father' | 'teacher' | 'child') => createParticipant(ctx, { caseId, name, role }).id;
  people = { mor: p('Anna', 'mother'), far: p('Jens', 'father'), laerer: p('Birgit', 'teacher'), oliver: p('Oliver', 'child') };
});
afterEach(() => ctx.close());

describe('the map of a meeting', () => {
  it('adds items in order, edits them, and refuses a speaker who is not in the meeting', () => {
    const m = meeting('2026-03-02T09:00');
    const a = addItem(ctx, { meetingId: m, part: 'harm', text: 'Oliver har haft 40 % fravær', saidBy: people.laerer, confidential: false });
    const b = addItem(ctx, { meetingId: m, part: 'harm', text: 'Kommer for sent', saidBy: null, confidential: false });
    expect([a.position, b.position]).toEqual([0, 1]);
    expect(updateItem(ctx, { id: b.id, text: 'Kommer ofte for sent' }).text).toBe('Kommer ofte for sent');
    const other = createParticipant(ctx, { caseId, name: 'Nabo', role: 'network_person' }).id;
    expect(() => updateItem(ctx, { id: b.id, saidBy: other })).toThrow(KredsError);
    deleteItem(ctx, a.id);
    expect(getMap(ctx, m).items.map((i) => [i.text, i.position])).toEqual([['Kommer ofte for sent', 0]]);
  });

  it('refuses empty items at the contract', () => {
    const parsed = contract['map.addItem'].input.safeParse({ meetingId: crypto.randomUUID(), part: 'harm', text: '   ', saidBy: null, confidential: false });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Skriv noget, før punktet gemmes');
  });

  it('moves an item to another column and drops a pairing that no longer fits', () => {
    const m = meeting('2026-03-02T09:00');
    const danger = addItem(ctx, { meetingId: m, part: 'danger_statements', text: 'Oliver mister skolen', saidBy: null, confidential: false });
    const goal = addItem(ctx, { meetingId: m, part: 'safety_goals', text: 'Oliver er i skole hver dag', saidBy: null, confidential: false });
    expect(pairItems(ctx, { dangerId: danger.id, goalId: goal.id }).pairedGoalId).toBe(goal.id);
    expect(() => pairItems(ctx, { dangerId: goal.id, goalId: danger.id })).toThrow('Kun et bekymringsudsagn kan parres med et mål');
    const items = moveMapItem(ctx, { id: goal.id, part: 'next_steps', index: 0 });
    expect(items.find((i) => i.id === goal.id)?.part).toBe('next_steps');
    expect(items.find((i) => i.id === danger.id)?.pairedGoalId).toBeNull();
  });

  it('never sends a fortroligt item to the shared screen', () => {
    const m = meeting('2026-03-02T09:00');
    addItem(ctx, { meetingId: m, part: 'complicating_factors', text: 'Mor er i behandling', saidBy: null, confidential: true });
    addItem(ctx, { meetingId: m, part: 'strengths', text: 'Oliver elsker fodbold', saidBy: people.oliver, confidential: false });
    const shown = sharedMap(ctx, m);
    if (shown.kind !== 'map') throw new Error(shown.kind);
    expect(shown.items.map((i) => i.text)).toEqual(['Oliver elsker fodbold']);
    expect(shown.items[0]?.saidBy).toBe('Oliver');
    expect(JSON.stringify(shown)).not.toContain('behandling');
  });

  it('shows only the house words the child chose on the shared screen', () => {
    const m = meeting('2026-03-02T09:00');
    addHouseItem(ctx, { meetingId: m, house: 'worries', text: 'Når mor er ked af det', shown: false });
    addHouseItem(ctx, { meetingId: m, house: 'dreams', text: 'At spille fodbold med far', shown: true });
    expect(listHouseItems(ctx, { meetingId: m, sharedOnly: true }).map((h) => h.text)).toEqual(['At spille fodbold med far']);
    expect(listHouseItems(ctx, { meetingId: m })).toHaveLength(2);
  });
});

describe('carried forward', () => {
  it('a follow-up starts from a copy of the map and questions, and "Siden sidst" shows what changed', () => {
    const first = meeting('2026-03-02T09:00');
    const danger = addItem(ctx, { meetingId: first, part: 'danger_statements', text: 'Oliver mister skolen', saidBy: null, confidential: false });
    const goal = addItem(ctx, { meetingId: first, part: 'safety_goals', text: 'I skole hver dag', saidBy: null, confidential: false });
    pairItems(ctx, { dangerId: danger.id, goalId: goal.id });
    const gone = addItem(ctx, { meetingId: first, part: 'next_steps', text: 'Møde med skolen', saidBy: null, confidential: false });
    const q = getScaling(ctx, first).questions[0]!;
    expect(q.text).toMatch(/^På en skala fra 0 til 10/);
    setScore(ctx, { questionId: q.id, participantId: people.mor, value: 4 });
    setScore(ctx, { questionId: q.id, participantId: people.laerer, value: 3 });

    ctx.setNow('2026-04-20T09:00:00');
    const second = meeting('2026-04-20T09:00', 'follow_up');
    const map = getMap(ctx, second);
    expect(map.previousMeetingId).toBe(first);
    expect(map.items).toHaveLength(3);
    const copiedDanger = map.items.find((i) => i.part === 'danger_statements')!;
    expect(copiedDanger.pairedGoalId).toBe(map.items.find((i) => i.part === 'safety_goals')!.id);

    updateItem(ctx, { id: copiedDanger.id, text: 'Oliver mister venner og skole' });
    deleteItem(ctx, map.items.find((i) => i.originId === gone.id)!.id);
    addItem(ctx, { meetingId: second, part: 'existing_safety', text: 'Far følger ham i skole', saidBy: people.far, confidential: false });
    const q2 = getScaling(ctx, second).questions[0]!;
    expect(q2.seriesId).toBe(q.seriesId);
    expect(q2.scores).toEqual([]);
    expect(q2.previousScores).toHaveLength(2);
    setScore(ctx, { questionId: q2.id, participantId: people.mor, value: 6 });
    setScore(ctx, { questionId: q2.id, participantId: people.laerer, value: 3 });

    const diff = sinceLast(ctx, second);
    expect(diff.added.map((i) => i.text)).toEqual(['Far følger ham i skole']);
    expect(diff.removed.map((i) => i.text)).toEqual(['Møde med skolen']);
    expect(diff.changed.map((c) => c.after.text)).toEqual(['Oliver mister venner og skole']);
    expect(diff.scores).toEqual([{ question: q.text, name: 'Anna', before: 4, after: 6 }]);

    const trend = scalingTrend(ctx, caseId);
    expect(trend.meetings.map((x) => x.meetingId)).toEqual([first, second]);
    expect(trend.series.find((s) => s.name === 'Anna')?.points.map((p) => p.value)).toEqual([4, 6]);
    expect(latestMapMeeting(ctx, caseId)).toBe(second);
  });
});

describe('scaling input', () => {
  it.each([
    [11, 'Skalaen går fra 0 til 10'],
    [-1, 'Skalaen går fra 0 til 10'],
    [6.5, 'Skalering er hele tal – vælg fx 6 eller 7'],
    ['7', 'Skriv et helt tal fra 0 til 10'],
  ])('refuses %j with "%s"', (value, message) => {
    const parsed = contract['scaling.setScore'].input.safeParse({ questionId: crypto.randomUUID(), participantId: crypto.randomUUID(), value });
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });

  it('deleting the case removes its meetings, maps and scores', () => {
    const m = meeting('2026-03-02T09:00');
    addItem(ctx, { meetingId: m, part: 'harm', text: 'x', saidBy: people.mor, confidential: false });
    setScore(ctx, { questionId: getScaling(ctx, m).questions[0]!.id, participantId: people.mor, value: 5 });
    ctx.db.prepare('DELETE FROM cases WHERE id = ?').run(caseId);
    for (const table of ['map_items', 'scaling_questions', 'scaling_scores', 'map_starts']) {
      expect(ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
  });
});
