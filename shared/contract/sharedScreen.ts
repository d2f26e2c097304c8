import { z } from 'zod';
import type { ReviewOutcome } from '../domain/agreements';
import type { House } from '../domain/houses';
import type { MapColumn, MapLabels, MapPart } from '../domain/map';
import type { MeetingStatus, PresenterMode } from '../domain/meetings';
import type { PhaseKind } from '../domain/meetingTemplates';
import { channel } from './define';
import type { Drawing } from './phones';
import type { MapNode } from './networkMap';

/**
 * The shared screen (projector or TV in the meeting room) asks only these channels, and each answer carries exactly
 * what the view renders, already in the family's words (shared/domain/familyWords.ts): no fortroligt item or note,
 * no task draft, no attendance record, no contact detail but the contact person's phone, no note of a phase not
 * shown. Built on the host, so nothing else can reach that window even by a rendering mistake.
 */

export interface SharedAgreement {
  who: string;
  what: string;
  /** yyyy-mm-dd, or null when no day was agreed. */
  due: string | null;
}

export interface SharedNextMeeting {
  /** yyyy-mm-dd and HH:mm, Copenhagen time. */
  date: string;
  time: string;
  place: string;
}

export interface SharedMapItem {
  id: string;
  part: MapPart;
  text: string;
  /** Who said it (a name), or null when it is the room's. */
  saidBy: string | null;
  /** On a danger statement: the id of the goal (in `items`) that answers it. */
  goalId: string | null;
}

/** A person on the network drawing: who, where, and the line to the child (nothing else of the node). */
export type SharedNetworkNode = Pick<MapNode, 'name' | 'role' | 'roleDetail' | 'group' | 'ring' | 'angle' | 'tie'> & { id: string };

/** What the shown phase (or map page) puts under its title: one kind per family-facing view. */
export type SharedContent =
  | {
      kind: 'welcome';
      headings: { purpose: string; agenda: string };
      purpose: string;
      agenda: { text: string; proposedBy: string }[];
      leadName: string;
      noteTaker: string;
    }
  | { kind: 'network'; childName: string; nodes: SharedNetworkNode[] }
  | { kind: 'houses'; houses: { house: House; text: string; drawing: Drawing | null }[] }
  | { kind: 'map'; labels: MapLabels; focus: MapColumn | null; items: SharedMapItem[] }
  | { kind: 'scaling'; zero: string; ten: string; questions: { id: string; text: string; scores: { name: string; value: number }[] }[] }
  /** The plan's active goals (the family's own words, never fortrolige) and the agreements that serve them. */
  | { kind: 'agreements'; goals: string[]; agreements: SharedAgreement[] }
  | { kind: 'review'; items: { who: string; what: string; outcome: ReviewOutcome | null }[] }
  | { kind: 'nextMeeting'; next: SharedNextMeeting | null }
  | {
      kind: 'closing';
      headings: { agreements: string; next: string; contact: string };
      agreements: SharedAgreement[];
      next: SharedNextMeeting | null;
      contact: { name: string; phone: string } | null;
    };
export type SharedContentKind = SharedContent['kind'];

/** A phase as the family sees it: the family's title and the current question as a whole sentence (or none). */
export interface SharedPhase {
  id: string;
  kind: PhaseKind;
  title: string;
  position: number;
  question: string | null;
}

/** The meeting's shared screen: the frame, the shown phase and its content. */
export interface PresenterView {
  meetingId: string;
  caseId: string;
  childName: string;
  /** "Opfølgningsmøde for Aya". */
  title: string;
  status: MeetingStatus;
  mode: PresenterMode;
  /** False for a ressourcecentermøde: there is no family-facing screen. */
  available: boolean;
  phase: SharedPhase | null;
  phaseCount: number;
  /** Every phase's title and current question, so a phase change shows the moment it is pushed (presenterPhase.ts). */
  phases: SharedPhase[];
  /** Who is in the room (or on the phone), the child first. */
  present: { name: string; byPhone: boolean }[];
  /** The shown phase's shared note (ProseMirror JSON), if any. */
  sharedNote: unknown;
  /** Null while blacked out, before the first phase, after the end, or for a phase that shows only its note. */
  content: SharedContent | null;
}

/** A shared-screen page outside the meeting's window: the map, scaling or houses of a meeting, or the network map. */
export interface SharedScreenPage {
  caseId: string;
  childName: string;
  title: string;
  content: SharedContent;
}

export const MAP_PAGE_VIEWS = ['map', 'scaling', 'houses'] as const;
export type MapPageView = (typeof MAP_PAGE_VIEWS)[number];

const id = z.string().uuid();

export const sharedScreenContract = {
  'meetings.presenter': channel<PresenterView>()(z.object({ id }).strict()),
  'map.presenter': channel<SharedScreenPage>()(z.object({ meetingId: id, view: z.enum(MAP_PAGE_VIEWS).optional() }).strict()),
  'networkMap.presenter': channel<SharedScreenPage>()(z.object({ caseId: id, versionId: id.optional() }).strict()),
};
