/**
 * Looking back over a case (issue 8): the case timeline, "Før næste møde" and comparing two meetings. These work on
 * a neutral record of each meeting read from the other slices' tables, so the rules stay testable without storage.
 */
import { isOpen, type AgreementStatus, type ReviewOutcome } from './agreements';
import { diffMaps, type MapDiff, type MapPart } from './map';
import type { GoalStatus, ProgressStatus } from './plan';
import { spread } from './scaling';
import type { House } from './houses';
import type { WellbeingLevel } from './wellbeing';

export type MeetingTypeKey = 'network_meeting' | 'follow_up' | 'resource_center';
export type MeetingStatusKey = 'planned' | 'running' | 'held' | 'cancelled';

export interface AttendeeRecord {
  participantId: string;
  name: string;
  role: string;
  status: 'invited' | 'present' | 'absent' | 'phone';
}

export interface NoteRecord {
  phaseId: string;
  phaseKind: string;
  phaseTitle: string;
  text: string;
  confidential: boolean;
}

export interface MapItemRecord {
  id: string;
  part: MapPart;
  text: string;
  saidBy: string | null;
  saidByName: string | null;
  confidential: boolean;
  originId: string | null;
}

export interface ScoreRecordView {
  participantId: string;
  participantName: string;
  value: number;
}

export interface ScalingRecord {
  seriesId: string;
  question: string;
  scores: ScoreRecordView[];
}

export interface AgreementRecord {
  id: string;
  meetingId: string | null;
  what: string;
  responsibleName: string;
  dueDate: string | null;
  status: AgreementStatus;
  /** How a later meeting judged it, if it has been reviewed. */
  review: { outcome: ReviewOutcome; comment: string; meetingId: string } | null;
}

export interface GoalRecord {
  id: string;
  parentId: string | null;
  text: string;
  deadline: string | null;
  status: GoalStatus;
  progress: { meetingId: string | null; status: ProgressStatus | null; score: number | null; comment: string; recordedAt: string }[];
}

/** A quote in De tre huse; `shown` when the child chose to show it on the shared screen. */
export interface HouseItemRecord {
  id: string;
  house: House;
  text: string;
  shown: boolean;
}

export interface MeetingRecord {
  id: string;
  caseId: string;
  type: MeetingTypeKey;
  startsAt: string;
  status: MeetingStatusKey;
  place: string;
  attendees: AttendeeRecord[];
  notes: NoteRecord[];
  mapItems: MapItemRecord[];
  houseItems: HouseItemRecord[];
  scaling: ScalingRecord[];
  wellbeing: WellbeingLevel | null;
  /** Agreements made at this meeting. */
  agreements: AgreementRecord[];
}

/** Attended in person or by phone. */
export function attended(attendee: AttendeeRecord): boolean {
  return attendee.status === 'present' || attendee.status === 'phone';
}

export const SUMMARY_LENGTH = 140;

/**
 * A one-line summary for the timeline: the first shared (never confidential) note text, otherwise the first
 * non-confidential next step or danger statement, shortened at a word boundary.
 */
export function oneLineSummary(meeting: Pick<MeetingRecord, 'notes' | 'mapItems' | 'agreements'>): string {
  const note = meeting.notes.find((n) => !n.confidential && n.text.trim());
  const item =
    meeting.mapItems.find((i) => !i.confidential && i.part === 'next_steps') ?? meeting.mapItems.find((i) => !i.confidential && i.part === 'danger_statements');
  const source = note?.text ?? item?.text ?? (meeting.agreements.length ? `${meeting.agreements.length} aftaler` : '');
  return shorten(source.replace(/\s+/g, ' ').trim(), SUMMARY_LENGTH);
}

export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface TimelineEntry {
  id: string;
  type: MeetingTypeKey;
  startsAt: string;
  status: MeetingStatusKey;
  attendees: string[];
  /** Median of everyone's number per scaling question, with the spread. */
  scaling: { question: string; median: number; min: number; max: number; count: number }[];
  wellbeing: WellbeingLevel | null;
  summary: string;
}

export function timelineEntry(meeting: MeetingRecord): TimelineEntry {
  return {
    id: meeting.id,
    type: meeting.type,
    startsAt: meeting.startsAt,
    status: meeting.status,
    attendees: meeting.attendees.filter(attended).map((a) => a.name),
    scaling: meeting.scaling.flatMap((q) => {
      const s = spread(q.scores.map((score) => score.value));
      return s ? [{ question: q.question, median: s.median, min: s.min, max: s.max, count: s.count }] : [];
    }),
    wellbeing: meeting.wellbeing,
    summary: oneLineSummary(meeting),
  };
}

/** Newest first: the PPR psychologist reads from the last meeting backwards. */
export function timeline(meetings: MeetingRecord[]): TimelineEntry[] {
  return [...meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt)).map(timelineEntry);
}

/** The last meeting that was held (or is running) before `now`; cancelled and planned ones do not count. */
export function lastHeldMeeting<T extends Pick<MeetingRecord, 'status' | 'startsAt'>>(meetings: T[]): T | null {
  const held = meetings.filter((m) => m.status === 'held' || m.status === 'running');
  return held.sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0] ?? null;
}

export interface ScaleComparison {
  seriesId: string;
  question: string;
  rows: { participantName: string; before: number | null; after: number | null }[];
}

/**
 * The two meetings being compared, earlier first: "Dengang" is always the older one, however they were picked or
 * linked ("Sammenlign med 05.05" from the 18.03 meeting), so the pickers agree with the headings below them.
 */
export function earlierFirst(meetings: { id: string; startsAt: string }[], a: string, b: string): { earlier: string; later: string } {
  const start = (id: string) => meetings.find((m) => m.id === id)?.startsAt ?? '';
  return start(a) <= start(b) ? { earlier: a, later: b } : { earlier: b, later: a };
}

/** Scaling per participant, then vs now, matched by question series and participant. */
export function compareScaling(before: ScalingRecord[], after: ScalingRecord[]): ScaleComparison[] {
  const seriesIds = [...new Set([...before.map((q) => q.seriesId), ...after.map((q) => q.seriesId)])];
  return seriesIds.map((seriesId) => {
    const a = before.find((q) => q.seriesId === seriesId);
    const b = after.find((q) => q.seriesId === seriesId);
    const people = new Map<string, string>();
    for (const score of [...(a?.scores ?? []), ...(b?.scores ?? [])]) people.set(score.participantId, score.participantName);
    const rows = [...people].map(([id, participantName]) => ({
      participantName,
      before: a?.scores.find((s) => s.participantId === id)?.value ?? null,
      after: b?.scores.find((s) => s.participantId === id)?.value ?? null,
    }));
    return { seriesId, question: (b ?? a)!.question, rows };
  });
}

export interface MeetingComparison {
  map: MapDiff<MapItemRecord>;
  scaling: ScaleComparison[];
  /** Agreements made at the earlier meeting, with their status now. */
  agreementsThen: AgreementRecord[];
  wellbeing: { before: WellbeingLevel | null; after: WellbeingLevel | null };
}

/**
 * Two meetings side by side. Fortroligt items are left out unless the view is professional. Items are matched by
 * their carried-forward link; an item carried through a meeting in between is followed through that chain.
 */
export function compareMeetings(
  earlier: MeetingRecord,
  later: MeetingRecord,
  options: { professional: boolean; between?: MeetingRecord[] },
): MeetingComparison {
  const visible = (items: MapItemRecord[]) => (options.professional ? items : items.filter((i) => !i.confidential));
  const originOf = new Map<string, string | null>();
  for (const meeting of options.between ?? []) for (const item of meeting.mapItems) originOf.set(item.id, item.originId);
  const earlierIds = new Set(earlier.mapItems.map((i) => i.id));
  const rootInEarlier = (originId: string | null): string | null => {
    let current = originId;
    for (let guard = 0; current && guard < 100; guard++) {
      if (earlierIds.has(current)) return current;
      current = originOf.get(current) ?? null;
    }
    return null;
  };
  const laterItems = visible(later.mapItems).map((item) => ({ ...item, originId: rootInEarlier(item.originId) }));
  return {
    map: diffMaps(visible(earlier.mapItems), laterItems),
    scaling: compareScaling(earlier.scaling, later.scaling),
    agreementsThen: earlier.agreements,
    wellbeing: { before: earlier.wellbeing, after: later.wellbeing },
  };
}

/** Agreements still open: what the coming meeting must ask about first. */
export function openAgreements(agreements: AgreementRecord[]): AgreementRecord[] {
  return agreements.filter((a) => isOpen(a.status));
}
