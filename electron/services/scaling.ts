import type { ScalingPerson, ScalingQuestion, ScalingTrend, ScalingView } from '../../shared/contract/scaling';
import type { UndoTicket } from '../../shared/contract/undo';
import type { MeetingStatus } from '../../shared/domain/meetings';
import { type ScalingQuestionAudit, scalingQuestionSummary, scoreSummary } from '../../shared/domain/scalingAudit';
import { trendSeries, type ScoreRecord } from '../../shared/domain/scaling';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import { newId, type HandlerMap, type ServiceContext } from './context';
import { ensureMapStarted, meetingRef } from './mapStart';
import { meetingPeople } from './map';
import { deleteUndoably } from './undo';

interface QuestionRow {
  id: string;
  meeting_id: string;
  series_id: string;
  text: string;
  position: number;
}

type Score = { participantId: string; value: number };

function scoresOf(ctx: ServiceContext, questionId: string): Score[] {
  return prepared(ctx.db, 'SELECT participant_id AS participantId, value FROM scaling_scores WHERE question_id = ?').all(questionId) as Score[];
}

function toQuestion(ctx: ServiceContext, row: QuestionRow, previousMeetingId: string | null): ScalingQuestion {
  const previous = previousMeetingId
    ? (prepared(ctx.db, 'SELECT id FROM scaling_questions WHERE meeting_id = ? AND series_id = ?').get(previousMeetingId, row.series_id) as { id: string } | undefined)
    : undefined;
  return {
    id: row.id,
    seriesId: row.series_id,
    text: row.text,
    position: row.position,
    scores: scoresOf(ctx, row.id),
    previousScores: previous ? scoresOf(ctx, previous.id) : [],
  };
}

function questionRow(ctx: ServiceContext, id: string): QuestionRow {
  const row = prepared(ctx.db, 'SELECT * FROM scaling_questions WHERE id = ?').get(id) as QuestionRow | undefined;
  if (!row) throw new KredsError('not_found', 'Skaleringsspørgsmålet findes ikke længere');
  return row;
}

function question(ctx: ServiceContext, id: string): ScalingQuestion {
  const row = questionRow(ctx, id);
  return toQuestion(ctx, row, ensureMapStarted(ctx, row.meeting_id).previousMeetingId);
}

function changed(ctx: ServiceContext, meetingId: string): void {
  ctx.emit({ type: 'scaling.changed', id: meetingId, origin: ctx.origin });
}

function auditQuestion(ctx: ServiceContext, action: string, meetingId: string, id: string, before: ScalingQuestionAudit | null, after: ScalingQuestionAudit | null): void {
  const { caseId } = meetingRef(ctx, meetingId);
  ctx.audit?.({ action, entity: 'scaling_question', entityId: id, caseId, before, after, summary: scalingQuestionSummary(before, after) });
}

export function getScaling(ctx: ServiceContext, meetingId: string): ScalingView {
  const { previousMeetingId } = ensureMapStarted(ctx, meetingId);
  const questions = (prepared(ctx.db, 'SELECT * FROM scaling_questions WHERE meeting_id = ? ORDER BY position').all(meetingId) as QuestionRow[]).map((row) =>
    toQuestion(ctx, row, previousMeetingId),
  );
  const scored = new Set(questions.flatMap((q) => q.scores.map((s) => s.participantId)));
  const people: ScalingPerson[] = meetingPeople(ctx, meetingId).filter((p) => p.present || scored.has(p.participantId));
  return { meetingId, questions, people };
}

export function addQuestion(ctx: ServiceContext, input: { meetingId: string; text: string }): ScalingQuestion {
  ensureMapStarted(ctx, input.meetingId);
  const { next } = prepared(ctx.db, 'SELECT COALESCE(MAX(position) + 1, 0) AS next FROM scaling_questions WHERE meeting_id = ?').get(input.meetingId) as { next: number };
  const id = newId();
  prepared(ctx.db, 'INSERT INTO scaling_questions (id, meeting_id, series_id, text, position, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(id, input.meetingId, id, input.text, next, ctx.now().toISOString());
  changed(ctx, input.meetingId);
  auditQuestion(ctx, 'create', input.meetingId, id, null, { text: input.text });
  return question(ctx, id);
}

export function updateQuestion(ctx: ServiceContext, input: { id: string; text: string }): ScalingQuestion {
  const row = questionRow(ctx, input.id);
  prepared(ctx.db, 'UPDATE scaling_questions SET text = ? WHERE id = ?').run(input.text, input.id);
  changed(ctx, row.meeting_id);
  auditQuestion(ctx, 'update', row.meeting_id, input.id, { text: row.text }, { text: input.text });
  return question(ctx, input.id);
}

export function deleteQuestion(ctx: ServiceContext, id: string): UndoTicket {
  const row = questionRow(ctx, id);
  const { caseId } = meetingRef(ctx, row.meeting_id);
  return deleteUndoably(ctx, { table: 'scaling_questions', id, caseId }, (ctx) => {
    prepared(ctx.db, 'DELETE FROM scaling_questions WHERE id = ?').run(id);
    changed(ctx, row.meeting_id);
    auditQuestion(ctx, 'delete', row.meeting_id, id, { text: row.text }, null);
  });
}

/** Each person in the meeting gives their own number; null takes it back. */
export function setScore(ctx: ServiceContext, input: { questionId: string; participantId: string; value: number | null }): ScalingQuestion {
  const row = questionRow(ctx, input.questionId);
  const inMeeting = prepared(ctx.db, 'SELECT name FROM meeting_attendance WHERE meeting_id = ? AND participant_id = ?').get(row.meeting_id, input.participantId) as
    | { name: string }
    | undefined;
  const before = (prepared(ctx.db, 'SELECT value FROM scaling_scores WHERE question_id = ? AND participant_id = ?').get(input.questionId, input.participantId) as { value: number } | undefined)?.value ?? null;
  if (!inMeeting) throw new KredsError('invalid_input', 'Kun deltagere i mødet kan skalere', { participantId: 'Kun deltagere i mødet kan skalere' });
  if (input.value === null) prepared(ctx.db, 'DELETE FROM scaling_scores WHERE question_id = ? AND participant_id = ?').run(input.questionId, input.participantId);
  else
    prepared(
      ctx.db,
      `INSERT INTO scaling_scores (question_id, participant_id, value, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (question_id, participant_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    ).run(input.questionId, input.participantId, input.value, ctx.now().toISOString());
  changed(ctx, row.meeting_id);
  if (before !== input.value) {
    const { caseId } = meetingRef(ctx, row.meeting_id);
    ctx.audit?.({ action: 'update', entity: 'scaling', entityId: input.questionId, caseId, fields: ['value'], summary: scoreSummary(inMeeting!.name, before, input.value) });
  }
  return question(ctx, input.questionId);
}

/** Every score of the case over its meetings, as one series per participant and question. */
export function scalingTrend(ctx: ServiceContext, caseId: string): ScalingTrend {
  const records = prepared(
    ctx.db,
    `SELECT m.id AS meetingId, m.starts_at AS meetingDate, m.status, q.series_id AS seriesId, s.participant_id AS participantId, s.value
     FROM scaling_scores s JOIN scaling_questions q ON q.id = s.question_id JOIN meetings m ON m.id = q.meeting_id
     WHERE m.case_id = ? AND m.status <> 'cancelled'`,
  ).all(caseId) as (ScoreRecord & { status: MeetingStatus })[];
  const names = new Map(
    (prepared(ctx.db, 'SELECT a.participant_id AS id, a.name FROM meeting_attendance a JOIN meetings m ON m.id = a.meeting_id WHERE m.case_id = ?').all(caseId) as {
      id: string;
      name: string;
    }[]).map((p) => [p.id, p.name]),
  );
  const meetings = [...new Map(records.map((r) => [r.meetingId, { meetingId: r.meetingId, startsAt: r.meetingDate, status: r.status }])).values()].sort((a, b) =>
    a.startsAt.localeCompare(b.startsAt),
  );
  // The newest wording of each question names its series.
  const questions = prepared(
    ctx.db,
    `SELECT q.series_id AS seriesId, q.text FROM scaling_questions q JOIN meetings m ON m.id = q.meeting_id
     WHERE m.case_id = ? ORDER BY m.starts_at DESC, q.position`,
  ).all(caseId) as { seriesId: string; text: string }[];
  const seen = new Set<string>();
  return {
    meetings,
    questions: questions.filter((q) => !seen.has(q.seriesId) && seen.add(q.seriesId)),
    series: trendSeries(records).map((s) => ({ ...s, name: names.get(s.participantId) ?? 'Ukendt deltager' })),
  };
}

export const scalingHandlers: HandlerMap<'scaling.get' | 'scaling.addQuestion' | 'scaling.updateQuestion' | 'scaling.deleteQuestion' | 'scaling.setScore' | 'scaling.trend'> = {
  'scaling.get': (ctx, input) => getScaling(ctx, input.meetingId),
  'scaling.addQuestion': addQuestion,
  'scaling.updateQuestion': updateQuestion,
  'scaling.deleteQuestion': (ctx, input) => deleteQuestion(ctx, input.id),
  'scaling.setScore': setScore,
  'scaling.trend': (ctx, input) => scalingTrend(ctx, input.caseId),
};
