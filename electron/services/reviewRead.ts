import type { AgreementRecord, GoalRecord, HouseItemRecord, MapItemRecord, MeetingRecord, NoteRecord, ScalingRecord } from '../../shared/domain/review';
import { ROLE_NAMES } from '../../shared/domain/journal';
import type { MapPart } from '../../shared/domain/map';
import type { Role } from '../../shared/domain/participants';
import { prepared } from '../db/statements';
import { childFirstOrder } from './childFirst';
import type { ServiceContext } from './context';

/**
 * Reads a case's meetings into the neutral records the review rules work on (shared/domain/review.ts). One query
 * per table for the whole case, not per meeting, so a case with 50 meetings stays one handful of queries.
 */
type Row = Record<string, unknown>;

function inList(ids: string[]): string {
  return ids.map(() => '?').join(', ') || "''";
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** `mapParts` limits which map items are read: the timeline needs only what its one-line summary may quote. */
export function readMeetings(ctx: ServiceContext, caseId: string, options: { onlyIds?: string[]; mapParts?: MapPart[] } = {}): MeetingRecord[] {
  const { onlyIds, mapParts } = options;
  const meetings = prepared(ctx.db, `SELECT * FROM meetings WHERE case_id = ? ORDER BY starts_at`).all(caseId) as Row[];
  const chosen = onlyIds ? meetings.filter((m) => onlyIds.includes(m.id as string)) : meetings;
  const ids = chosen.map((m) => m.id as string);
  const q = (sql: string) => prepared(ctx.db, sql.replace('@ids', inList(ids))).all(...ids) as Row[];

  const attendance = groupBy(q(`SELECT a.*, p.role_detail FROM meeting_attendance a LEFT JOIN participants p ON p.id = a.participant_id
       WHERE a.meeting_id IN (@ids) ORDER BY ${childFirstOrder('a')}`), (r) => r.meeting_id as string);
  const notes = groupBy(
    q(`SELECT n.meeting_id, n.phase_id, n.kind, n.plain_text, ph.kind AS phase_kind, ph.title FROM meeting_notes n
       JOIN meeting_phases ph ON ph.id = n.phase_id WHERE n.meeting_id IN (@ids) ORDER BY ph.position, n.kind DESC`),
    (r) => r.meeting_id as string,
  );
  const items = groupBy(
    q(`SELECT i.*, p.name AS said_by_name FROM map_items i LEFT JOIN participants p ON p.id = i.said_by
       WHERE i.meeting_id IN (@ids) ${mapParts ? `AND i.part IN (${mapParts.map((p) => `'${p}'`).join(', ')})` : ''} ORDER BY i.part, i.position`),
    (r) => r.meeting_id as string,
  );
  const houses = groupBy(q(`SELECT * FROM house_items WHERE meeting_id IN (@ids) ORDER BY house, position`), (r) => r.meeting_id as string);
  const questions = q(`SELECT * FROM scaling_questions WHERE meeting_id IN (@ids) ORDER BY position`);
  const scores = groupBy(
    q(`SELECT s.*, p.name FROM scaling_scores s JOIN participants p ON p.id = s.participant_id
       WHERE s.question_id IN (SELECT id FROM scaling_questions WHERE meeting_id IN (@ids)) ORDER BY ${childFirstOrder('p')}`),
    (r) => r.question_id as string,
  );
  const wellbeing = new Map(q(`SELECT * FROM meeting_wellbeing WHERE meeting_id IN (@ids)`).map((r) => [r.meeting_id as string, r.level]));
  const agreements = groupBy(readAgreements(ctx, caseId).filter((a) => a.meetingId && ids.includes(a.meetingId)), (a) => a.meetingId!);

  return chosen.map((m) => {
    const id = m.id as string;
    const scaling: ScalingRecord[] = questions
      .filter((qq) => qq.meeting_id === id)
      .map((qq) => ({
        seriesId: qq.series_id as string,
        question: qq.text as string,
        scores: (scores.get(qq.id as string) ?? []).map((s) => ({ participantId: s.participant_id as string, participantName: s.name as string, value: s.value as number })),
      }));
    return {
      id,
      caseId,
      type: m.type as MeetingRecord['type'],
      startsAt: m.starts_at as string,
      status: m.status as MeetingRecord['status'],
      place: m.place as string,
      attendees: (attendance.get(id) ?? []).map((a) => ({ participantId: a.participant_id as string, name: a.name as string, role: roleText(a), status: a.status as 'present' })),
      notes: (notes.get(id) ?? []).map(
        (n): NoteRecord => ({ phaseId: n.phase_id as string, phaseKind: n.phase_kind as string, phaseTitle: n.title as string, text: n.plain_text as string, confidential: n.kind === 'confidential' }),
      ),
      mapItems: (items.get(id) ?? []).map(
        (i): MapItemRecord => ({
          id: i.id as string,
          part: i.part as MapItemRecord['part'],
          text: i.text as string,
          saidBy: (i.said_by as string) ?? null,
          saidByName: (i.said_by_name as string) ?? null,
          confidential: i.confidential === 1,
          originId: (i.origin_id as string) ?? null,
        }),
      ),
      houseItems: (houses.get(id) ?? []).map((h): HouseItemRecord => ({ id: h.id as string, house: h.house as HouseItemRecord['house'], text: h.text as string, shown: h.shown === 1 })),
      scaling,
      wellbeing: (wellbeing.get(id) as MeetingRecord['wellbeing']) ?? null,
      agreements: agreements.get(id) ?? [],
    };
  });
}

/** The role's free text (farmor, klasselærer 3.b) reads better than the role's name when present. */
function roleText(row: Row): string {
  return (row.role_detail as string) || ROLE_NAMES[row.role as Role] || '';
}

export function readAgreements(ctx: ServiceContext, caseId: string): AgreementRecord[] {
  const rows = prepared(ctx.db, `SELECT * FROM agreements WHERE case_id = ? ORDER BY created_at`).all(caseId) as Row[];
  const reviews = groupBy(
    prepared(ctx.db, `SELECT r.* FROM agreement_reviews r WHERE r.agreement_id IN (SELECT id FROM agreements WHERE case_id = ?) ORDER BY r.reviewed_at`)
      .all(caseId) as Row[],
    (r) => r.agreement_id as string,
  );
  return rows.map((a) => {
    const review = (reviews.get(a.id as string) ?? []).at(-1);
    return {
      id: a.id as string,
      meetingId: (a.meeting_id as string) ?? null,
      what: a.what as string,
      responsibleName: a.responsible_name as string,
      dueDate: (a.due_date as string) ?? null,
      status: a.status as AgreementRecord['status'],
      review: review ? { outcome: review.outcome as 'done', comment: review.comment as string, meetingId: review.meeting_id as string } : null,
    };
  });
}

export function readGoals(ctx: ServiceContext, caseId: string): GoalRecord[] {
  const goals = prepared(ctx.db, `SELECT * FROM goals WHERE case_id = ? ORDER BY parent_id IS NOT NULL, position`).all(caseId) as Row[];
  const progress = groupBy(
    prepared(ctx.db, `SELECT gp.* FROM goal_progress gp WHERE gp.goal_id IN (SELECT id FROM goals WHERE case_id = ?) ORDER BY gp.recorded_at`).all(caseId) as Row[],
    (r) => r.goal_id as string,
  );
  return goals.map((g) => ({
    id: g.id as string,
    parentId: (g.parent_id as string) ?? null,
    text: g.text as string,
    deadline: (g.deadline as string) ?? null,
    status: g.status as GoalRecord['status'],
    progress: (progress.get(g.id as string) ?? []).map((p) => ({
      meetingId: (p.meeting_id as string) ?? null,
      status: (p.status as GoalRecord['progress'][number]['status']) ?? null,
      score: (p.score as number) ?? null,
      comment: p.comment as string,
      recordedAt: p.recorded_at as string,
    })),
  }));
}
