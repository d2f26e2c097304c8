// Stores a generated case through the real service handlers, exactly as the host runs a call: the contract's zod
// schema validates the input, the handler applies the rules, the FTS triggers index, and every call that changed
// rows lands in the hash-chained audit trail (the service's own entry, else the host's generic one). Only the
// transaction is wider: the caller batches many calls into one, which is what makes 20,000 meetings fit in minutes.
import { contract, type Input, type Output } from '../../shared/contract';
import { genericChange, recordAudit } from '../../electron/services/audit';
import type { AuditChange, ServiceContext } from '../../electron/services/context';
import { serviceHandlers, type ServiceChannel } from '../../electron/services/index';
import type { Db } from '../../electron/db/connection';
import type { CaseSpec, MeetingPlan } from './caseSpec';

export type Call = <K extends ServiceChannel>(channel: K, input: Input<K>) => Output<K>;

/** A `call` like KredsHost.call, minus its own transaction (the caller holds one open). */
export function hostLikeCaller(db: Db, now: () => Date): Call {
  const changes = db.prepare('SELECT total_changes() AS n').pluck();
  return (channel, input) => {
    let audited = false;
    const ctx: ServiceContext = {
      db,
      now,
      emit: () => undefined,
      audit: (change: AuditChange) => {
        audited = true;
        recordAudit(db, now(), change);
      },
    };
    const parsed = contract[channel].input.parse(input);
    const before = changes.get() as number;
    const result = (serviceHandlers[channel] as (ctx: ServiceContext, input: unknown) => Output<typeof channel>)(ctx, parsed);
    if (!audited && (changes.get() as number) > before) recordAudit(db, now(), genericChange(channel, parsed, result));
    return result;
  };
}

function plainDoc(text: string) {
  return { type: 'doc' as const, content: text.split('\n').map((line) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] })) };
}

function holdMeeting(call: Call, meetingId: string, detail: Output<'meetings.create'>, plan: MeetingPlan, people: Map<string, string>, names: Map<string, string>, previousAgreements: string[]): string[] {
  call('meetings.start', { id: meetingId });
  for (const [key, id] of people) call('meetings.setAttendance', { meetingId, participantId: id, status: plan.present.includes(key) ? 'present' : 'absent' });
  for (const note of plan.notes) {
    const phaseId = detail.phases.find((p) => p.kind === note.phase)?.id ?? detail.phases[0]!.id;
    call('meetings.saveNote', { meetingId, phaseId, kind: note.confidential ? 'confidential' : 'shared', doc: plainDoc(note.text), text: note.text });
  }
  plan.reviews.forEach((outcome, i) => {
    const agreementId = previousAgreements[i];
    if (outcome && agreementId) call('agreements.setReview', { meetingId, agreementId, outcome, comment: '' });
  });
  // Opening the map carries the last meeting's items and scaling question forward, as in the app.
  call('map.get', { meetingId });
  for (const item of plan.map) {
    call('map.addItem', { meetingId, part: item.part, text: item.text, saidBy: item.saidBy ? people.get(item.saidBy)! : null, confidential: item.confidential });
  }
  const question = call('scaling.get', { meetingId }).questions[0];
  if (question) for (const score of plan.scores) call('scaling.setScore', { questionId: question.id, participantId: people.get(score.person)!, value: score.value });
  const agreements = plan.agreements.map(
    (a) => call('agreements.create', { caseId: detail.caseId, meetingId, what: a.what, responsibleParticipantId: people.get(a.responsible)!, responsibleName: names.get(a.responsible)! }).id,
  );
  call('meetings.end', { id: meetingId });
  return agreements;
}

export interface WrittenCase {
  caseId: string;
  meetingIds: string[];
}

/** Writes one case: people, meetings in date order (held ones with their content), goals, and closing if closed. */
export function writeCase(call: Call, spec: CaseSpec): WrittenCase {
  const caseId = call('cases.create', { childName: spec.child, birthYear: spec.birthYear, caseType: spec.caseType, responsibleWorker: spec.worker }).id;
  const people = new Map<string, string>();
  const names = new Map(spec.people.map((p) => [p.key, p.name]));
  for (const person of spec.people) {
    people.set(person.key, call('participants.create', { caseId, name: person.name, role: person.role, roleDetail: person.roleDetail }).id);
  }
  const meetingIds: string[] = [];
  let previousAgreements: string[] = [];
  for (const plan of spec.meetings) {
    const created = call('meetings.create', { caseId, type: plan.type, startsAt: plan.startsAt, place: '', participantIds: [...people.values()], confirmUnusualDate: true });
    meetingIds.push(created.id);
    if (!plan.planned) previousAgreements = holdMeeting(call, created.id, created, plan, people, names, previousAgreements);
  }
  const lastHeld = meetingIds[spec.meetings.findLastIndex((m) => !m.planned)] ?? null;
  for (const goal of spec.goals) {
    const created = call('plan.addGoal', { caseId, text: goal.text, deadline: goal.deadline, attractive: true, realistic: true });
    if (goal.progress && lastHeld) call('plan.recordProgress', { goalId: created.id, meetingId: lastHeld, status: goal.progress });
  }
  if (spec.closedReason) call('cases.close', { id: caseId, reason: spec.closedReason });
  return { caseId, meetingIds };
}
