import { contract, type Input } from '../../shared/contract';
import { toIsoDay } from '../../shared/domain/dates';
import type { Role } from '../../shared/domain/participants';
import { createAgreement } from './agreements';
import type { ServiceContext } from './context';
import { createMeeting } from './meetings';
import { createParticipant } from './participants';
import { addGoal, planHandlers, recordProgress } from './plan';

/** A participant of the case with this role, reusing one another slice's demo already made. */
function person(ctx: ServiceContext, caseId: string, name: string, role: Role, roleDetail = ''): { id: string; name: string } {
  const existing = ctx.db.prepare('SELECT id, name FROM participants WHERE case_id = ? AND role = ? ORDER BY created_at LIMIT 1').get(caseId, role) as
    | { id: string; name: string }
    | undefined;
  return existing ?? createParticipant(ctx, { caseId, name, role, roleDetail });
}

function localDateTime(daysFromNow: number, ctx: ServiceContext): string {
  const day = ctx.now();
  day.setDate(day.getDate() + daysFromNow);
  return `${toIsoDay(day)}T13:00`;
}

/** The case's meeting of this type, or a new one (the meetings demo may already have made it). */
function meeting(ctx: ServiceContext, caseId: string, type: 'network_meeting' | 'follow_up', daysFromNow: number, participantIds: string[]): { id: string; startsAt: string } {
  const existing = ctx.db.prepare(`SELECT id, starts_at AS startsAt FROM meetings WHERE case_id = ? AND type = ? ORDER BY starts_at LIMIT 1`).get(caseId, type) as
    | { id: string; startsAt: string }
    | undefined;
  if (existing) return existing;
  const input: Input<'meetings.create'> = { caseId, type, startsAt: localDateTime(daysFromNow, ctx), place: 'Skolens mødelokale', confirmUnusualDate: true, participantIds };
  return createMeeting(ctx, contract['meetings.create'].input.parse(input));
}

/**
 * Oliver's first network meeting (held five weeks ago) agreed five tasks with five different people, and the
 * follow-up next week reviews them. The plan has three goals (one with a delmål, one vague for the SMART check)
 * and no formal plan; Emil (16, placed) has an ungeplan.
 */
export function loadPlanDemo(ctx: ServiceContext, cases: { oliverId: string; emilId: string }): void {
  const caseId = cases.oliverId;
  const mother = person(ctx, caseId, 'Sara', 'mother');
  const grandmother = person(ctx, caseId, 'Inge', 'grandparent', 'mormor');
  const coach = person(ctx, caseId, 'Kim', 'network_person', 'fodboldtræner');
  const teacher = person(ctx, caseId, 'Anne Berg', 'teacher', 'klasselærer');
  const psychologist = person(ctx, caseId, 'Jakob Lund', 'ppr_psychologist');

  const invited = [mother, grandmother, coach, teacher, psychologist].map((p) => p.id);
  const first = meeting(ctx, caseId, 'network_meeting', -35, invited);
  ctx.db.prepare(`UPDATE meetings SET status = 'held', started_at = COALESCE(started_at, starts_at), ended_at = COALESCE(ended_at, starts_at) WHERE id = ?`).run(first.id);
  meeting(ctx, caseId, 'follow_up', 7, invited);

  const school = addGoal(ctx, { caseId, text: 'Oliver møder i skole kl. 8.00 mindst fire dage om ugen inden sommerferien', attractive: true, realistic: true });
  addGoal(ctx, { caseId, parentId: school.id, text: 'Oliver står selv op kl. 7.00 med sit eget vækkeur på alle skoledage inden næste møde', attractive: true, realistic: true });
  const football = addGoal(ctx, { caseId, text: 'Oliver går til fodbold to gange om ugen og kommer med til kampene', attractive: true, realistic: true, deadline: toIsoDay(new Date(ctx.now().getFullYear(), 11, 1)) });
  addGoal(ctx, { caseId, text: 'Familien skal have fokus på gode morgener', attractive: true });
  recordProgress(ctx, { goalId: school.id, meetingId: first.id, score: 3, comment: 'Oliver kommer i skole to-tre dage om ugen' });
  recordProgress(ctx, { goalId: football.id, meetingId: first.id, score: 5, comment: 'Træner én gang om ugen' });

  const agreed = { caseId, meetingId: first.id };
  const teacherDue = toIsoDay(new Date(new Date(first.startsAt).getTime() + 10 * 86_400_000));
  createAgreement(ctx, { ...agreed, what: 'Vække Oliver kl. 7.00 og følge ham til skolebussen hver skoledag', why: 'Så Oliver når første time', responsibleParticipantId: mother.id, responsibleName: mother.name, goalId: school.id });
  createAgreement(ctx, { ...agreed, what: 'Hente Oliver fra skole tirsdag og torsdag og hjælpe med lektier', why: 'Så mor får ro om eftermiddagen', responsibleParticipantId: grandmother.id, responsibleName: grandmother.name });
  createAgreement(ctx, { ...agreed, what: 'Ringe til Oliver, hvis han ikke kommer til træning', why: 'Så Oliver mærker, at holdet regner med ham', responsibleParticipantId: coach.id, responsibleName: coach.name, goalId: football.id });
  createAgreement(ctx, { ...agreed, what: 'Sende en oversigt over Olivers fremmøde den første uge til Mette', responsibleParticipantId: teacher.id, responsibleName: teacher.name, dueDate: teacherDue, goalId: school.id });
  createAgreement(ctx, { ...agreed, what: 'Tale med Oliver om, hvad der gør morgenerne svære', why: 'Så næste møde kender Olivers egen forklaring', responsibleParticipantId: psychologist.id, responsibleName: psychologist.name });

  const emil = cases.emilId;
  planHandlers['plan.saveFormal'](ctx, { caseId: emil, kind: 'ungeplan', madeOn: toIsoDay(new Date(ctx.now().getTime() - 60 * 86_400_000)), withChild: true, withCustodyHolder: true, note: '' });
  addGoal(ctx, { caseId: emil, text: 'Emil er i praktik hos tømreren tre dage om ugen frem til 1. august', attractive: true, realistic: true });
}
