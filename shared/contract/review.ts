import { z } from 'zod';
import type { MapLabels, MapWording } from '../domain/map';
import type { ContactRecord } from '../domain/outcome';
import type { AgreementRecord, GoalRecord, MeetingComparison, MeetingRecord, TimelineEntry } from '../domain/review';
import type { TrendSeries } from '../domain/scaling';
import { channel } from './define';

const id = z.string().uuid();

export interface CaseHeader {
  caseId: string;
  childName: string;
  birthYear: number;
  responsibleWorker: string;
  /** From the user's profile; empty when not set. */
  municipality: string;
}

export interface NextMeeting {
  id: string;
  startsAt: string;
  place: string;
  type: MeetingRecord['type'];
}

export interface TimelineView extends CaseHeader {
  entries: TimelineEntry[];
}

/** One meeting as a professional (or the family) may read it afterwards; fortroligt content only when professional. */
export interface MeetingReview extends CaseHeader {
  meeting: MeetingRecord;
  /** The other meetings of the case, oldest first, for "compare with". */
  others: { id: string; startsAt: string; type: MeetingRecord['type'] }[];
  goals: GoalRecord[];
  nextMeeting: NextMeeting | null;
  /** Whom the family calls: the case's contact person, else the responsible worker standing in (`chosen: false`). */
  contactPerson: ContactRecord;
  /** The case's map wording and its labels for the audience: the professionals' (with the municipality's own words) or the family's. */
  mapWording: MapWording;
  mapLabels: MapLabels;
  professional: boolean;
}

export interface PrepareView extends CaseHeader {
  nextMeeting: NextMeeting | null;
  lastMeeting: { id: string; startsAt: string; type: MeetingRecord['type'] } | null;
  /** The last meeting's agreements with their status now. */
  agreements: AgreementRecord[];
  /** Agreements from earlier meetings still open. */
  olderOpen: AgreementRecord[];
  dangerStatements: string[];
  safetyGoals: string[];
  /** The scaling numbers per person over the meetings, oldest first. */
  trend: { meetings: { id: string; startsAt: string }[]; series: (TrendSeries & { participantName: string; question: string })[] };
  /** What last meeting's notes left open: lines with a question mark, and the next steps. */
  openQuestions: string[];
  goals: GoalRecord[];
}

export interface CompareView extends CaseHeader {
  earlier: MeetingRecord;
  later: MeetingRecord;
  comparison: MeetingComparison;
  /** Agreements made at the earlier meeting, with their status now (and how they were reviewed). */
  agreementsNow: AgreementRecord[];
  goals: GoalRecord[];
}

export interface PlanPrint extends CaseHeader {
  planKind: 'barnets_plan' | 'ungeplan' | null;
  madeOn: string | null;
  goals: GoalRecord[];
  openAgreements: AgreementRecord[];
  nextMeeting: NextMeeting | null;
}

const professional = z.boolean().optional().default(false);

export const reviewContract = {
  'review.timeline': channel<TimelineView>()(z.object({ caseId: id }).strict()),
  'review.meeting': channel<MeetingReview>()(z.object({ meetingId: id, professional }).strict()),
  'review.prepare': channel<PrepareView>()(z.object({ caseId: id }).strict()),
  'review.compare': channel<CompareView>()(z.object({ earlierId: id, laterId: id, professional }).strict()),
  'review.journal': channel<{ text: string }>()(z.object({ meetingId: id, professional }).strict()),
  'review.plan': channel<PlanPrint>()(z.object({ caseId: id }).strict()),
};
