import type { CaseHeader, CompareView, MeetingReview, NextMeeting, PlanPrint, PrepareView, TimelineView } from '../../shared/contract/review';
import { formatTime, toIsoDay } from '../../shared/domain/dates';
import { familyMapLabels } from '../../shared/domain/familyWords';
import { mapLabels, type MapPart } from '../../shared/domain/map';
import { KredsError } from '../../shared/errors';
import { buildJournalNote, ROLE_NAMES } from '../../shared/domain/journal';
import type { ContactRecord } from '../../shared/domain/outcome';
import { compareMeetings, lastHeldMeeting, openAgreements, timeline, type MeetingRecord } from '../../shared/domain/review';
import { trendSeries } from '../../shared/domain/scaling';
import { prepared } from '../db/statements';
import { getCase } from './cases';
import type { HandlerMap, ServiceContext } from './context';
import { caseWording } from './mapStart';
import { readMapSettings } from './mapSettings';
import { getContactPerson } from './participants';
import { readAgreements, readGoals, readMeetings } from './reviewRead';
import { caseFamilyWords } from './sharedScreenContent';

/** The user's municipality (settings, issue 11: `profileMunicipality`, a JSON string), shown on every PDF page. */
const MUNICIPALITY_SETTING = 'profileMunicipality';

function municipality(ctx: ServiceContext): string {
  const row = prepared(ctx.db, 'SELECT value FROM settings WHERE key = ?').get(MUNICIPALITY_SETTING) as { value: string } | undefined;
  try {
    const value: unknown = row ? JSON.parse(row.value) : '';
    return typeof value === 'string' ? value.trim().slice(0, 120) : '';
  } catch {
    return '';
  }
}

export function caseHeader(ctx: ServiceContext, caseId: string): CaseHeader {
  const c = getCase(ctx, caseId);
  return { caseId, childName: c.childName, birthYear: c.birthYear, responsibleWorker: c.responsibleWorker, municipality: municipality(ctx) };
}

function caseOfMeeting(ctx: ServiceContext, meetingId: string): string {
  const row = prepared(ctx.db, 'SELECT case_id FROM meetings WHERE id = ?').get(meetingId) as { case_id: string } | undefined;
  if (!row) throw new KredsError('not_found', 'Mødet findes ikke (det kan være slettet)');
  return row.case_id;
}

/** The meeting after `after` that is not cancelled: for a held meeting the follow-up it set, for the case the coming one. */
function nextMeeting(ctx: ServiceContext, caseId: string, after: string): NextMeeting | null {
  const row = prepared(ctx.db, `SELECT id, starts_at, place, type FROM meetings WHERE case_id = ? AND status <> 'cancelled' AND starts_at > ? ORDER BY starts_at LIMIT 1`)
    .get(caseId, after) as { id: string; starts_at: string; place: string; type: NextMeeting['type'] } | undefined;
  if (row) return { id: row.id, startsAt: row.starts_at, place: row.place, type: row.type };
  // A follow-up booked in the calendar (issue 7) before its meeting has been prepared.
  const booked = prepared(ctx.db, `SELECT id, starts_at, location FROM followups WHERE case_id = ? AND status = 'planned' AND starts_at > ? ORDER BY starts_at LIMIT 1`)
    .get(caseId, after) as { id: string; starts_at: string; location: string } | undefined;
  return booked ? { id: booked.id, startsAt: booked.starts_at.slice(0, 16), place: booked.location, type: 'follow_up' } : null;
}

/**
 * Shared-screen privacy also holds on paper: the family's version never carries a fortroligt note or item, nor the
 * words from De tre huse the child chose not to show on the screen.
 */
export function forAudience(meeting: MeetingRecord, professional: boolean): MeetingRecord {
  if (professional) return meeting;
  return {
    ...meeting,
    notes: meeting.notes.filter((n) => !n.confidential),
    mapItems: meeting.mapItems.filter((i) => !i.confidential),
    houseItems: meeting.houseItems.filter((h) => h.shown),
  };
}

/** The parts a timeline summary may quote (shared/domain/review.ts oneLineSummary). */
const SUMMARY_PARTS: MapPart[] = ['next_steps', 'danger_statements'];

export function caseTimeline(ctx: ServiceContext, caseId: string): TimelineView {
  const header = caseHeader(ctx, caseId);
  const meetings = readMeetings(ctx, caseId, { mapParts: SUMMARY_PARTS });
  return { ...header, entries: timeline(meetings.filter((m) => m.status !== 'planned')) };
}

/** The contact person as the family reaches them; without one chosen, the responsible worker by name only. */
function contactFor(ctx: ServiceContext, caseId: string, responsibleWorker: string): ContactRecord {
  const current = getContactPerson(ctx, caseId).current;
  if (!current) return { name: responsibleWorker, role: ROLE_NAMES.social_worker, phone: '', email: '', chosen: false };
  return { name: current.name, role: current.roleDetail || ROLE_NAMES[current.role], phone: current.phone, email: current.email, chosen: true };
}

export function meetingReview(ctx: ServiceContext, input: { meetingId: string; professional: boolean }): MeetingReview {
  const caseId = caseOfMeeting(ctx, input.meetingId);
  const meeting = readMeetings(ctx, caseId, { onlyIds: [input.meetingId] })[0]!;
  const header = caseHeader(ctx, caseId);
  const wording = caseWording(ctx, caseId);
  const others = prepared(ctx.db, `SELECT id, starts_at AS startsAt, type FROM meetings WHERE case_id = ? AND id <> ? AND status IN ('held', 'running') ORDER BY starts_at`)
    .all(caseId, meeting.id) as MeetingReview['others'];
  return {
    ...header,
    meeting: forAudience(meeting, input.professional),
    others,
    goals: readGoals(ctx, caseId),
    nextMeeting: nextMeeting(ctx, caseId, meeting.startsAt),
    contactPerson: contactFor(ctx, caseId, header.responsibleWorker),
    mapWording: wording,
    // The family reads the family's words (the municipality's own included), the professionals theirs.
    mapLabels: input.professional ? mapLabels(wording, readMapSettings(ctx).labels) : familyMapLabels(caseFamilyWords(ctx, caseId)),
    professional: input.professional,
  };
}

/** 'yyyy-mm-ddTHH:mm' in local time, the form meetings store their start in. */
function localNow(ctx: ServiceContext): string {
  const now = ctx.now();
  return `${toIsoDay(now)}T${formatTime(now).replace('.', ':')}`;
}

const QUESTION_LINE = /[^.!?\n]*\?/g;

export function prepare(ctx: ServiceContext, caseId: string): PrepareView {
  const header = caseHeader(ctx, caseId);
  const meetings = readMeetings(ctx, caseId);
  const last = lastHeldMeeting(meetings);
  const agreements = readAgreements(ctx, caseId);
  const names = new Map(meetings.flatMap((m) => m.scaling.flatMap((q) => q.scores.map((s) => [s.participantId, s.participantName] as const))));
  const questions = new Map(meetings.flatMap((m) => m.scaling.map((q) => [q.seriesId, q.question] as const)));
  const held = meetings.filter((m) => m.status === 'held' || m.status === 'running');
  const series = trendSeries(
    held.flatMap((m) => m.scaling.flatMap((q) => q.scores.map((s) => ({ meetingId: m.id, meetingDate: m.startsAt, seriesId: q.seriesId, participantId: s.participantId, value: s.value })))),
  );
  const lastItems = last?.mapItems ?? [];
  return {
    ...header,
    nextMeeting: nextMeeting(ctx, caseId, last?.startsAt ?? localNow(ctx)),
    lastMeeting: last ? { id: last.id, startsAt: last.startsAt, type: last.type } : null,
    agreements: last ? agreements.filter((a) => a.meetingId === last.id) : [],
    olderOpen: openAgreements(agreements.filter((a) => a.meetingId !== last?.id)),
    dangerStatements: lastItems.filter((i) => i.part === 'danger_statements').map((i) => i.text),
    safetyGoals: lastItems.filter((i) => i.part === 'safety_goals').map((i) => i.text),
    trend: {
      meetings: held.map((m) => ({ id: m.id, startsAt: m.startsAt })),
      series: series.map((s) => ({ ...s, participantName: names.get(s.participantId) ?? '', question: questions.get(s.seriesId) ?? '' })),
    },
    openQuestions: [
      ...(last?.notes ?? []).flatMap((n) => (n.text.match(QUESTION_LINE) ?? []).map((q) => q.trim())),
      ...lastItems.filter((i) => i.part === 'next_steps').map((i) => i.text),
    ],
    goals: readGoals(ctx, caseId),
  };
}

export function compare(ctx: ServiceContext, input: { earlierId: string; laterId: string; professional: boolean }): CompareView {
  const caseId = caseOfMeeting(ctx, input.earlierId);
  if (caseOfMeeting(ctx, input.laterId) !== caseId) throw new KredsError('invalid_input', 'Møderne hører til forskellige sager');
  const all = readMeetings(ctx, caseId);
  let earlier = all.find((m) => m.id === input.earlierId)!;
  let later = all.find((m) => m.id === input.laterId)!;
  if (earlier.startsAt > later.startsAt) [earlier, later] = [later, earlier];
  const between = all.filter((m) => m.startsAt > earlier.startsAt && m.startsAt < later.startsAt);
  const agreements = readAgreements(ctx, caseId);
  return {
    ...caseHeader(ctx, caseId),
    earlier: forAudience(earlier, input.professional),
    later: forAudience(later, input.professional),
    comparison: compareMeetings(earlier, later, { professional: input.professional, between }),
    agreementsNow: agreements.filter((a) => a.meetingId === earlier.id),
    goals: readGoals(ctx, caseId),
  };
}

export function journal(ctx: ServiceContext, input: { meetingId: string; professional: boolean }): { text: string } {
  const review = meetingReview(ctx, input);
  return {
    text: buildJournalNote({
      childName: review.childName,
      meeting: review.meeting,
      goals: review.goals,
      nextMeeting: review.nextMeeting,
      contactPerson: review.contactPerson,
      professional: input.professional,
      labels: review.mapLabels,
    }),
  };
}

export function planPrint(ctx: ServiceContext, caseId: string): PlanPrint {
  const header = caseHeader(ctx, caseId);
  const formal = prepared(ctx.db, 'SELECT kind, made_on FROM plans WHERE case_id = ?').get(caseId) as { kind: PlanPrint['planKind']; made_on: string } | undefined;
  return {
    ...header,
    planKind: formal?.kind ?? null,
    madeOn: formal?.made_on ?? null,
    goals: readGoals(ctx, caseId).filter((g) => g.status !== 'dropped'),
    openAgreements: openAgreements(readAgreements(ctx, caseId)),
    nextMeeting: nextMeeting(ctx, caseId, localNow(ctx)),
  };
}

export const reviewHandlers: HandlerMap<'review.timeline' | 'review.meeting' | 'review.prepare' | 'review.compare' | 'review.journal' | 'review.plan'> = {
  'review.timeline': (ctx, input) => caseTimeline(ctx, input.caseId),
  'review.meeting': meetingReview,
  'review.prepare': (ctx, input) => prepare(ctx, input.caseId),
  'review.compare': compare,
  'review.journal': journal,
  'review.plan': (ctx, input) => planPrint(ctx, input.caseId),
};
