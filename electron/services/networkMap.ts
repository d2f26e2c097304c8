import type { MapNode, MapVersion, NetworkMap, SnapshotMoment } from '../../shared/contract/networkMap';
import { clampRing, defaultAngle, defaultRing, normaliseAngle, type Ring, type Tie } from '../../shared/domain/networkMap';
import { networkNodeSummary, networkSnapshotSummary } from '../../shared/domain/networkMapAudit';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import { getCase, touchCase } from './cases';
import { newId, type HandlerMap, type ServiceContext } from './context';
import type { MeetingHooks } from './meetingHooks';
import { getParticipant, listParticipants } from './participants';
import { activeMemberIds } from './safetyNetwork';

interface NodeRow {
  participant_id: string;
  ring: Ring;
  angle: number;
  tie: Tie;
}

interface VersionRow {
  id: string;
  case_id: string;
  meeting_id: string | null;
  moment: SnapshotMoment;
  snapshot: string;
  created_at: string;
}

function toVersion(row: VersionRow): MapVersion {
  return { id: row.id, meetingId: row.meeting_id, moment: row.moment, createdAt: row.created_at };
}

/** The live map: every active participant except the child (who is the centre), placed or at its default spot. */
export function liveMapNodes(ctx: ServiceContext, caseId: string): MapNode[] {
  const participants = listParticipants(ctx, caseId).filter((p) => p.role !== 'child');
  const stored = new Map(
    (prepared(ctx.db, 'SELECT participant_id, ring, angle, tie FROM network_map_nodes WHERE case_id = ?').all(caseId) as NodeRow[]).map((r) => [
      r.participant_id,
      r,
    ]),
  );
  const safetyNetwork = activeMemberIds(ctx, caseId);
  const seenInGroup = new Map<string, number>();
  const countInGroup = (group: string) => participants.filter((p) => p.group === group).length;
  return participants.map((p) => {
    const index = seenInGroup.get(p.group) ?? 0;
    seenInGroup.set(p.group, index + 1);
    const row = stored.get(p.id);
    const base = { participantId: p.id, name: p.name, role: p.role, roleDetail: p.roleDetail, group: p.group, safetyNetwork: safetyNetwork.has(p.id) };
    if (row) return { ...base, ring: row.ring, angle: row.angle, tie: row.tie, placed: true };
    return { ...base, ring: defaultRing(p.group), angle: defaultAngle(p.group, index, countInGroup(p.group)), tie: 'none' as Tie, placed: false };
  });
}

export function getNetworkMap(ctx: ServiceContext, caseId: string, versionId?: string): NetworkMap {
  const caseDetail = getCase(ctx, caseId);
  if (!versionId) return { caseId, childName: caseDetail.childName, nodes: liveMapNodes(ctx, caseId), version: null };
  const row = prepared(ctx.db, 'SELECT * FROM network_map_versions WHERE id = ? AND case_id = ?').get(versionId, caseId) as VersionRow | undefined;
  if (!row) throw new KredsError('not_found', 'Den version af netværkskortet findes ikke');
  const snapshot = JSON.parse(row.snapshot) as { childName: string; nodes: MapNode[] };
  return { caseId, childName: snapshot.childName, nodes: snapshot.nodes, version: toVersion(row) };
}

function nodeOf(ctx: ServiceContext, participantId: string): MapNode {
  const participant = getParticipant(ctx, participantId);
  const node = liveMapNodes(ctx, participant.caseId).find((n) => n.participantId === participantId);
  if (!node) throw new KredsError('invalid_input', `${participant.name} er ikke på netværkskortet (arkiveret, eller barnet selv)`);
  return node;
}

function saveNode(ctx: ServiceContext, before: MapNode, change: { ring: Ring; angle: number; tie: Tie }): MapNode {
  const { participantId } = before;
  const participant = getParticipant(ctx, participantId);
  prepared(
    ctx.db,
    `INSERT INTO network_map_nodes (participant_id, case_id, ring, angle, tie, updated_at) VALUES (@participantId, @caseId, @ring, @angle, @tie, @now)
     ON CONFLICT (participant_id) DO UPDATE SET ring = excluded.ring, angle = excluded.angle, tie = excluded.tie, updated_at = excluded.updated_at`,
  ).run({ participantId, caseId: participant.caseId, ...change, now: ctx.now().toISOString() });
  touchCase(ctx, participant.caseId);
  ctx.emit({ type: 'networkMap.changed', id: participant.caseId, origin: ctx.origin });
  const summary = networkNodeSummary(participant.name, before, change);
  ctx.audit?.({ action: 'update', entity: 'network_map_node', entityId: participantId, caseId: participant.caseId, fields: ['ring', 'angle', 'tie'], summary });
  return nodeOf(ctx, participantId);
}

export function placeNode(ctx: ServiceContext, participantId: string, ring: number, angle: number): MapNode {
  const current = nodeOf(ctx, participantId);
  return saveNode(ctx, current, { ring: clampRing(ring), angle: normaliseAngle(angle), tie: current.tie });
}

export function setTie(ctx: ServiceContext, participantId: string, tie: Tie): MapNode {
  const current = nodeOf(ctx, participantId);
  return saveNode(ctx, current, { ring: current.ring, angle: current.angle, tie });
}

export function listMapVersions(ctx: ServiceContext, caseId: string): MapVersion[] {
  getCase(ctx, caseId);
  const rows = prepared(ctx.db, 'SELECT * FROM network_map_versions WHERE case_id = ? ORDER BY created_at DESC, rowid DESC').all(caseId) as VersionRow[];
  return rows.map(toVersion);
}

/**
 * Freezes the map as it is now, so a later meeting can show how the network changed. The meeting slice calls this
 * when a meeting starts and ends (meetingId is not a foreign key: meetings live in another slice's migration).
 */
export function snapshotNetworkMap(ctx: ServiceContext, caseId: string, meetingId: string | null, moment: SnapshotMoment): MapVersion {
  const map = getNetworkMap(ctx, caseId);
  const id = newId();
  prepared(ctx.db, 'INSERT INTO network_map_versions (id, case_id, meeting_id, moment, snapshot, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(id, caseId, meetingId, moment, JSON.stringify({ childName: map.childName, nodes: map.nodes }), ctx.now().toISOString());
  ctx.emit({ type: 'networkMap.changed', id: caseId, origin: ctx.origin });
  ctx.audit?.({ action: 'snapshot', entity: 'network_map_version', entityId: id, caseId, fields: [], summary: networkSnapshotSummary(moment, map.nodes.length) });
  return toVersion(prepared(ctx.db, 'SELECT * FROM network_map_versions WHERE id = ?').get(id) as VersionRow);
}

/** The network map keeps a snapshot of how the network looked at the start and the end of each meeting (issue 3). */
export const networkMapMeetingHooks: MeetingHooks = {
  started: (ctx, meeting) => void snapshotNetworkMap(ctx, meeting.caseId, meeting.id, 'meeting_start'),
  held: (ctx, meeting) => void snapshotNetworkMap(ctx, meeting.caseId, meeting.id, 'meeting_end'),
};

export const networkMapHandlers: HandlerMap<'networkMap.get' | 'networkMap.place' | 'networkMap.setTie' | 'networkMap.versions' | 'networkMap.snapshot'> = {
  'networkMap.get': (ctx, input) => getNetworkMap(ctx, input.caseId, input.versionId),
  'networkMap.place': (ctx, input) => placeNode(ctx, input.participantId, input.ring, input.angle),
  'networkMap.setTie': (ctx, input) => setTie(ctx, input.participantId, input.tie),
  'networkMap.versions': (ctx, input) => listMapVersions(ctx, input.caseId),
  'networkMap.snapshot': (ctx, input) => snapshotNetworkMap(ctx, input.caseId, input.meetingId, input.moment),
};
