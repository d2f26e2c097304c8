import type { PhoneState } from '../../shared/contract/phones';
import { familyMeetingTitle, familyOrder, familyRole, familyScalingQuestion, scaleAnchors } from '../../shared/domain/familyWords';
import { HOUSE_LABELS } from '../../shared/domain/houses';
import { KredsError } from '../../shared/errors';
import { getCase } from './cases';
import type { ServiceContext } from './context';
import { meetingRow } from './meetingsStore';
import { getScaling } from './scaling';
import { caseFamilyWords } from './sharedScreenContent';

/** What a phone may know of the meeting: the family-facing words only (the same the shared screen uses). */
export interface PhoneMeeting {
  status: string;
  caseId: string;
  base: Pick<PhoneState, 'title' | 'childName' | 'people' | 'columns' | 'houses'>;
  childId: string | null;
  zero: string;
  ten: string;
  /** Scaling questions in the family's wording, by id. */
  questions: Map<string, string>;
}

export function phoneMeeting(ctx: ServiceContext, meetingId: string): PhoneMeeting {
  const row = meetingRow(ctx, meetingId);
  const childName = getCase(ctx, row.case_id).childName;
  const words = caseFamilyWords(ctx, row.case_id);
  const attendance = ctx.db
    .prepare('SELECT participant_id AS participantId, name, role, group_kind AS "group" FROM meeting_attendance WHERE meeting_id = ?')
    .all(meetingId) as { participantId: string; name: string; role: string; group: string }[];
  const people = familyOrder(attendance);
  const questions = new Map(getScaling(ctx, meetingId).questions.map((q) => [q.id, familyScalingQuestion(q.text, words, childName)]));
  return {
    status: row.status,
    caseId: row.case_id,
    childId: people.find((p) => p.role === 'child')?.participantId ?? null,
    ...scaleAnchors(words, childName),
    questions,
    base: {
      title: familyMeetingTitle(row.type, words, childName),
      childName,
      people: people.map((p) => ({ participantId: p.participantId, name: p.name, role: familyRole(p) })),
      columns: { worries: words.worries, working_well: words.working_well, next: words.next },
      houses: HOUSE_LABELS,
    },
  };
}

/** The meeting must be running for phones to take part. */
export function requireRunning(meeting: PhoneMeeting): void {
  if (meeting.status !== 'running') throw new KredsError('conflict', 'Telefonerne kan kun være med, mens mødet kører');
}
