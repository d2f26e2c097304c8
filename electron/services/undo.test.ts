import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, Input, Output } from '../../shared/contract';
import type { KredsErrorShape } from '../../shared/errors';
import { UNDO_WINDOW_MS } from '../../shared/domain/undo';
import { createTestHost, OLIVER, type TestHost } from '../testing';

/**
 * "Fortryd" for every kind of delete in a meeting or a plan, through the real host (one transaction per call) on a
 * real encrypted database: what comes back is exactly what went, with what hung off it and the links it cleared.
 */
let t: TestHost;
beforeEach(() => (t = createTestHost({ now: '2026-05-14T10:00:00' })));
afterEach(() => t.close());

async function call<K extends ChannelName>(channel: K, input: Input<K>): Promise<Output<K>> {
  const result = await t.host.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as Output<K>;
}

async function refused(channel: ChannelName, input: unknown): Promise<KredsErrorShape> {
  const result = await t.host.call(channel, input);
  if (result.ok) throw new Error(`${channel} was expected to fail`);
  return result.error;
}

const rows = (sql: string, ...params: unknown[]) => t.host.db!.prepare(sql).all(...params);

async function meetingCase() {
  const caseId = (await call('cases.create', OLIVER)).id;
  const mother = (await call('participants.create', { caseId, name: 'Sara', role: 'mother', roleDetail: '' })).id;
  const meeting = await call('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-05-14T13:00', place: 'Skolen', participantIds: [mother] });
  return { caseId, mother, meetingId: meeting.id };
}

describe('undo of each kind of delete', () => {
  it('an agreement comes back with the same id and text, in search again, and the log says it was undone', async () => {
    const { caseId, mother, meetingId } = await meetingCase();
    const agreement = await call('agreements.create', { caseId, meetingId, what: 'Ringe til skolen hver mandag', responsibleName: 'Sara', responsibleParticipantId: mother });
    const before = rows('SELECT * FROM agreements WHERE id = ?', agreement.id);
    const { undoId } = await call('agreements.delete', { id: agreement.id });
    expect(await call('agreements.listForCase', { caseId })).toEqual([]);
    expect((await call('search.query', { text: 'mandag' })).count).toBe(0);

    t.events.length = 0;
    await call('undo.restore', { id: undoId });
    expect(rows('SELECT * FROM agreements WHERE id = ?', agreement.id)).toEqual(before);
    expect((await call('search.query', { text: 'mandag' })).count).toBe(1);
    expect(t.events.map((e) => e.type)).toContain('agreements.changed');
    const log = (await call('audit.list', { caseId })).map((e) => e.summary);
    expect(log).toContain('Aftale "Ringe til skolen hver mandag" gendannet (sletningen fortrudt)');
  });

  it('a goal comes back with its delmål, its progress and the agreement that served it', async () => {
    const { caseId, mother, meetingId } = await meetingCase();
    const goal = await call('plan.addGoal', { caseId, text: 'Oliver møder i skole alle skoledage inden uge 24' });
    const sub = await call('plan.addGoal', { caseId, parentId: goal.id, text: 'Oliver står op kl. 7 hver skoledag' });
    await call('plan.recordProgress', { goalId: goal.id, meetingId, status: 'some_progress', score: 4 });
    const agreement = await call('agreements.create', { caseId, meetingId, what: 'Vække Oliver', responsibleName: 'Sara', responsibleParticipantId: mother, goalId: goal.id });

    const { undoId } = await call('plan.deleteGoal', { id: goal.id });
    expect(rows('SELECT id FROM goals')).toEqual([]);
    expect(rows('SELECT goal_id FROM agreements WHERE id = ?', agreement.id)).toEqual([{ goal_id: null }]);

    await call('undo.restore', { id: undoId });
    const plan = await call('plan.get', { caseId });
    expect(plan.goals.map((g) => [g.id, g.subGoals.map((s) => s.id), g.progress.map((p) => p.score)])).toEqual([[goal.id, [sub.id], [4]]]);
    expect(rows('SELECT goal_id FROM agreements WHERE id = ?', agreement.id)).toEqual([{ goal_id: goal.id }]);
  });

  it('a map item goes back to its place in the list, and its pairing with a danger statement comes back', async () => {
    const { meetingId } = await meetingCase();
    const add = (part: 'safety_goals' | 'danger_statements', text: string) => call('map.addItem', { meetingId, part, text, saidBy: null, confidential: false });
    const danger = await add('danger_statements', 'Oliver mister kontakten til klassen');
    const [first, middle, last] = [await add('safety_goals', 'Første'), await add('safety_goals', 'Midterste'), await add('safety_goals', 'Sidste')];
    await call('map.pair', { dangerId: danger.id, goalId: middle.id });

    const { undoId } = await call('map.deleteItem', { id: middle.id });
    await add('safety_goals', 'Ny efter sletningen');
    await call('undo.restore', { id: undoId });

    const goals = (await call('map.get', { meetingId })).items.filter((i) => i.part === 'safety_goals');
    expect(goals.map((i) => i.text)).toEqual(['Første', 'Midterste', 'Sidste', 'Ny efter sletningen']);
    expect(goals.map((i) => i.position)).toEqual([0, 1, 2, 3]);
    expect([first.id, middle.id, last.id]).toEqual(goals.slice(0, 3).map((i) => i.id));
    expect((await call('map.get', { meetingId })).items.find((i) => i.id === danger.id)!.pairedGoalId).toBe(middle.id);
  });

  it('a quote in De tre huse comes back as the child said it, still hidden from the shared screen', async () => {
    const { meetingId } = await meetingCase();
    const quote = await call('map.addHouseItem', { meetingId, house: 'worries', text: 'Når mor og far råber', shown: false });
    const { undoId } = await call('map.deleteHouseItem', { id: quote.id });
    await call('undo.restore', { id: undoId });
    expect(await call('map.houses', { meetingId })).toEqual([quote]);
  });

  it('a scaling question comes back with everyone’s numbers', async () => {
    const { mother, meetingId } = await meetingCase();
    await call('meetings.setAttendance', { meetingId, participantId: mother, status: 'present' });
    const question = await call('scaling.addQuestion', { meetingId, text: 'Hvor godt går morgenerne?' });
    await call('scaling.setScore', { questionId: question.id, participantId: mother, value: 6 });
    const { undoId } = await call('scaling.deleteQuestion', { id: question.id });
    await call('undo.restore', { id: undoId });
    const view = await call('scaling.get', { meetingId });
    expect(view.questions.filter((q) => q.id === question.id).map((q) => q.scores.map((s) => s.value))).toEqual([[6]]);
    expect(view.questions.map((q) => q.id).at(-1)).toBe(question.id);
  });

  it('a participant never used comes back with the place on the network map and as contact person', async () => {
    const { caseId } = await meetingCase();
    const aunt = (await call('participants.create', { caseId, name: 'Moster Lis', role: 'other_family', roleDetail: '' })).id;
    await call('networkMap.place', { participantId: aunt, ring: 2, angle: 45 });
    await call('participants.setContactPerson', { caseId, participantId: aunt });
    const result = await call('participants.delete', { id: aunt });
    expect(result.deleted).toBe(true);
    expect((await call('participants.contactPerson', { caseId })).current).toBeNull();

    await call('undo.restore', { id: result.undoId });
    expect((await call('participants.contactPerson', { caseId })).current?.id).toBe(aunt);
    expect(rows('SELECT ring, angle FROM network_map_nodes WHERE participant_id = ?', aunt)).toEqual([{ ring: 2, angle: 45 }]);
  });
});

describe('when undo is not possible', () => {
  it('once undone, the same undo cannot put a second copy back', async () => {
    const { caseId, meetingId } = await meetingCase();
    const agreement = await call('agreements.create', { caseId, meetingId, what: 'Hente i SFO', responsibleName: 'Inge' });
    const { undoId } = await call('agreements.delete', { id: agreement.id });
    await call('undo.restore', { id: undoId });
    expect((await refused('undo.restore', { id: undoId })).message).toBe('Det er for sent at fortryde. Det slettede kan ikke hentes tilbage nu.');
    expect(await call('agreements.listForCase', { caseId })).toHaveLength(1);
  });

  it('after the window, the delete stands', async () => {
    const { caseId, meetingId } = await meetingCase();
    const agreement = await call('agreements.create', { caseId, meetingId, what: 'Hente i SFO', responsibleName: 'Inge' });
    const { undoId } = await call('agreements.delete', { id: agreement.id });
    t.advance(UNDO_WINDOW_MS / 60_000 + 1);
    expect((await refused('undo.restore', { id: undoId })).code).toBe('not_found');
    expect(await call('agreements.listForCase', { caseId })).toEqual([]);
  });

  it('a delmål whose goal was deleted after it cannot come back alone, and nothing half is written', async () => {
    const { caseId } = await meetingCase();
    const goal = await call('plan.addGoal', { caseId, text: 'Oliver møder i skole hver dag' });
    const sub = await call('plan.addGoal', { caseId, parentId: goal.id, text: 'Oliver står op kl. 7' });
    const { undoId } = await call('plan.deleteGoal', { id: sub.id });
    await call('plan.deleteGoal', { id: goal.id });
    expect((await refused('undo.restore', { id: undoId })).message).toBe('Det kan ikke fortrydes, fordi det, det hørte til, er slettet i mellemtiden.');
    expect(rows('SELECT id FROM goals')).toEqual([]);
  });

  it('"Slet sagen nu" forgets the case’s undos at once', async () => {
    const { caseId, meetingId } = await meetingCase();
    const agreement = await call('agreements.create', { caseId, meetingId, what: 'Hente i SFO', responsibleName: 'Inge' });
    const { undoId } = await call('agreements.delete', { id: agreement.id });
    await call('cases.delete', { id: caseId, confirmName: 'Oliver' });
    expect((await refused('undo.restore', { id: undoId })).code).toBe('not_found');
    expect(rows('SELECT id FROM cases')).toEqual([]);
  });

  it('the app closed (or killed) inside the window: the delete stands, whole, and the database is sound', async () => {
    const { caseId, meetingId } = await meetingCase();
    const goal = await call('plan.addGoal', { caseId, text: 'Oliver møder i skole hver dag' });
    await call('plan.addGoal', { caseId, parentId: goal.id, text: 'Oliver står op kl. 7' });
    const item = await call('map.addItem', { meetingId, part: 'strengths', text: 'Mormor henter', saidBy: null, confidential: false });
    const { undoId } = await call('plan.deleteGoal', { id: goal.id });
    const mapUndo = await call('map.deleteItem', { id: item.id });
    t = t.restart();
    expect((await refused('undo.restore', { id: undoId })).code).toBe('not_found');
    expect((await refused('undo.restore', { id: mapUndo.undoId })).code).toBe('not_found');
    expect(rows('SELECT id FROM goals')).toEqual([]);
    expect(rows('SELECT id FROM map_items')).toEqual([]);
    expect(t.host.db!.pragma('foreign_key_check')).toEqual([]);
    expect(t.host.db!.pragma('quick_check', { simple: true })).toBe('ok');
  });
});
