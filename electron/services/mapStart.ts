import { KredsError } from '../../shared/errors';
import { caseDefaults, isDefaultScalingQuestion, scalingQuestionFor } from '../../shared/domain/caseDefaults';
import { ageThisYear, type CaseType } from '../../shared/domain/cases';
import type { MapWording } from '../../shared/domain/map';
import { mapStartSummary } from '../../shared/domain/mapAudit';
import { prepared } from '../db/statements';
import { newId, type ServiceContext } from './context';

export interface MeetingRef {
  id: string;
  caseId: string;
  startsAt: string;
}

export function meetingRef(ctx: ServiceContext, meetingId: string): MeetingRef {
  const row = prepared(ctx.db, 'SELECT id, case_id AS caseId, starts_at AS startsAt FROM meetings WHERE id = ?').get(meetingId) as MeetingRef | undefined;
  if (!row) throw new KredsError('not_found', 'Mødet findes ikke (det kan være slettet)');
  return row;
}

/** The case's map wording: the one chosen for it, or (never chosen) its case type's default (caseDefaults.ts). */
export function caseWording(ctx: ServiceContext, caseId: string): MapWording {
  const row = prepared(ctx.db, 'SELECT w.wording, c.case_type AS caseType FROM cases c LEFT JOIN case_map_wording w ON w.case_id = c.id WHERE c.id = ?')
    .get(caseId) as { wording: MapWording | null; caseType: CaseType } | undefined;
  if (!row) return 'safety';
  return row.wording ?? caseDefaults(row.caseType).wording;
}

/** The case's own scaling question: its wording, phrased for the child's age this year. */
export function caseScalingQuestion(ctx: ServiceContext, caseId: string): string {
  const row = prepared(ctx.db, 'SELECT birth_year AS birthYear FROM cases WHERE id = ?').get(caseId) as { birthYear: number } | undefined;
  return scalingQuestionFor(caseWording(ctx, caseId), row ? ageThisYear(row.birthYear, ctx.now()) : 0);
}

/**
 * A meeting's map and scaling begin the first time anyone opens them: a follow-up starts from a copy of the most
 * recent earlier meeting's map and scaling questions (items and questions keep a link to where they came from), a
 * first meeting starts empty with the default scaling question. Scores are not copied: each person present gives a
 * fresh number (last time's shows beside it), so an absent person never gets a number they did not give.
 * Done lazily so it works however the meeting was created.
 */
export function ensureMapStarted(ctx: ServiceContext, meetingId: string): MeetingRef & { previousMeetingId: string | null } {
  const meeting = meetingRef(ctx, meetingId);
  const started = prepared(ctx.db, 'SELECT previous_meeting_id AS previous FROM map_starts WHERE meeting_id = ?').get(meetingId) as
    | { previous: string | null }
    | undefined;
  if (started) return { ...meeting, previousMeetingId: started.previous };

  const previous = prepared(
    ctx.db,
    `SELECT m.id FROM meetings m JOIN map_starts s ON s.meeting_id = m.id
     WHERE m.case_id = ? AND m.id <> ? AND m.status <> 'cancelled' AND m.starts_at < ?
     ORDER BY m.starts_at DESC LIMIT 1`,
  ).get(meeting.caseId, meetingId, meeting.startsAt) as { id: string } | undefined;
  const now = ctx.now().toISOString();
  prepared(ctx.db, 'INSERT INTO map_starts (meeting_id, previous_meeting_id, started_at) VALUES (?, ?, ?)').run(meetingId, previous?.id ?? null, now);
  let from: Parameters<typeof mapStartSummary>[0] = null;
  if (previous) from = { startsAt: meetingRef(ctx, previous.id).startsAt, ...copyForward(ctx, previous.id, meetingId, now, caseScalingQuestion(ctx, meeting.caseId)) };
  else {
    const text = caseScalingQuestion(ctx, meeting.caseId);
    const questionId = newId();
    prepared(ctx.db, 'INSERT INTO scaling_questions (id, meeting_id, series_id, text, position, created_at) VALUES (?, ?, ?, ?, 0, ?)')
      .run(questionId, meetingId, questionId, text, now);
  }
  ctx.audit?.({ action: 'start', entity: 'map', entityId: meetingId, caseId: meeting.caseId, fields: [], summary: mapStartSummary(from) });
  return { ...meeting, previousMeetingId: previous?.id ?? null };
}

/** Copies the map and the scaling questions; Kreds's own scaling question comes in today's wording (`ownQuestion`). */
function copyForward(ctx: ServiceContext, fromMeeting: string, toMeeting: string, now: string, ownQuestion: string): { items: number; questions: number } {
  const items = prepared(ctx.db, 'SELECT * FROM map_items WHERE meeting_id = ? ORDER BY part, position').all(fromMeeting) as Record<string, unknown>[];
  const newIds = new Map(items.map((item) => [item.id as string, newId()]));
  const insertItem = prepared(
    ctx.db,
    `INSERT INTO map_items (id, meeting_id, part, text, said_by, confidential, position, paired_goal_id, origin_id, created_at, updated_at)
     VALUES (@id, @meetingId, @part, @text, @saidBy, @confidential, @position, NULL, @originId, @now, @now)`,
  );
  for (const item of items) {
    insertItem.run({
      id: newIds.get(item.id as string),
      meetingId: toMeeting,
      part: item.part,
      text: item.text,
      saidBy: item.said_by,
      confidential: item.confidential,
      position: item.position,
      originId: item.id,
      now,
    });
  }
  // Pairings are set after every item exists, so a goal can be paired regardless of copy order.
  const pair = prepared(ctx.db, 'UPDATE map_items SET paired_goal_id = ? WHERE id = ?');
  for (const item of items) {
    const goal = item.paired_goal_id ? newIds.get(item.paired_goal_id as string) : undefined;
    if (goal) pair.run(goal, newIds.get(item.id as string));
  }

  const questions = prepared(ctx.db, 'SELECT * FROM scaling_questions WHERE meeting_id = ? ORDER BY position').all(fromMeeting) as Record<string, unknown>[];
  const insertQuestion = prepared(ctx.db, 'INSERT INTO scaling_questions (id, meeting_id, series_id, text, position, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  for (const question of questions) {
    const text = isDefaultScalingQuestion(question.text as string) ? ownQuestion : question.text;
    insertQuestion.run(newId(), toMeeting, question.series_id, text, question.position, now);
  }
  return { items: items.length, questions: questions.length };
}
