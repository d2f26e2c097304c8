import { z } from 'zod';
import { TIES, type Ring, type Tie } from '../domain/networkMap';
import type { Group, Role } from '../domain/participants';
import { channel } from './define';

const id = z.string().uuid();

export interface MapNode {
  participantId: string;
  name: string;
  role: Role;
  roleDetail: string;
  group: Group;
  ring: Ring;
  angle: number;
  tie: Tie;
  /** False while the node sits where Kreds put it by default. */
  placed: boolean;
  /** In the child's safety network (sikkerhedsnetværk) now; absent in versions stored before it existed. */
  safetyNetwork?: boolean;
}

export const SNAPSHOT_MOMENTS = ['meeting_start', 'meeting_end', 'manual'] as const;
export type SnapshotMoment = (typeof SNAPSHOT_MOMENTS)[number];

export interface MapVersion {
  id: string;
  meetingId: string | null;
  moment: SnapshotMoment;
  createdAt: string;
}

export interface NetworkMap {
  caseId: string;
  childName: string;
  nodes: MapNode[];
  /** Set when this is a stored version rather than the live map. */
  version: MapVersion | null;
}

export const networkMapContract = {
  /** The live map, or a stored version when versionId is given. */
  'networkMap.get': channel<NetworkMap>()(z.object({ caseId: id, versionId: id.optional() }).strict()),
  'networkMap.place': channel<MapNode>()(
    z.object({ participantId: id, ring: z.number().int().min(1).max(3), angle: z.number().min(-720).max(720) }).strict(),
  ),
  'networkMap.setTie': channel<MapNode>()(z.object({ participantId: id, tie: z.enum(TIES) }).strict()),
  'networkMap.versions': channel<MapVersion[]>()(z.object({ caseId: id }).strict()),
  /** Stores the map as it is now; the meeting slice calls this when a meeting starts and ends. */
  'networkMap.snapshot': channel<MapVersion>()(
    z.object({ caseId: id, meetingId: id.nullable(), moment: z.enum(SNAPSHOT_MOMENTS) }).strict(),
  ),
};
