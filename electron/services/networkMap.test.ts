import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOliverCase, createTestContext, type TestContext } from '../testing';
import { getNetworkMap, listMapVersions, placeNode, setTie, snapshotNetworkMap } from './networkMap';
import { createParticipant, participantsHandlers } from './participants';

let ctx: TestContext;
let caseId: string;
beforeEach(() => {
  ctx = createTestContext('2026-05-14T10:00:00');
  caseId = createOliverCase(ctx);
});
afterEach(() => ctx.close());

describe('network map', () => {
  it('puts the child in the centre and everyone else on a ring by group until moved', () => {
    createParticipant(ctx, { caseId, name: 'Oliver', role: 'child' });
    createParticipant(ctx, { caseId, name: 'Hanne', role: 'mother' });
    createParticipant(ctx, { caseId, name: 'Kim', role: 'network_person' });
    createParticipant(ctx, { caseId, name: 'Lars', role: 'teacher' });
    const map = getNetworkMap(ctx, caseId);
    expect(map.childName).toBe('Oliver');
    expect(map.nodes.map((n) => [n.name, n.ring, n.placed])).toEqual([
      ['Hanne', 1, false],
      ['Kim', 2, false],
      ['Lars', 3, false],
    ]);
  });

  it('stores a move and a support or strain line', () => {
    const kim = createParticipant(ctx, { caseId, name: 'Kim', role: 'network_person' });
    placeNode(ctx, kim.id, 1, 400);
    setTie(ctx, kim.id, 'support');
    expect(getNetworkMap(ctx, caseId).nodes[0]).toMatchObject({ ring: 1, angle: 40, tie: 'support', placed: true });
  });

  it('keeps versions per meeting so changes over time can be seen', () => {
    const kim = createParticipant(ctx, { caseId, name: 'Kim', role: 'network_person' });
    const meetingId = crypto.randomUUID();
    const before = snapshotNetworkMap(ctx, caseId, meetingId, 'meeting_start');
    ctx.setNow('2026-05-14T11:00:00');
    placeNode(ctx, kim.id, 1, 0);
    snapshotNetworkMap(ctx, caseId, meetingId, 'meeting_end');
    expect(listMapVersions(ctx, caseId).map((v) => v.moment)).toEqual(['meeting_end', 'meeting_start']);
    expect(getNetworkMap(ctx, caseId, before.id).nodes[0]).toMatchObject({ ring: 2, placed: false });
    participantsHandlers['participants.archive'](ctx, { id: kim.id });
    expect(getNetworkMap(ctx, caseId).nodes).toEqual([]);
    expect(getNetworkMap(ctx, caseId, before.id).nodes).toHaveLength(1);
  });
});
