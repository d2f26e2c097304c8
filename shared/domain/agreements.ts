/**
 * Agreements (aftaler): who does what, why and by when. Anyone in the network can be responsible — the mother,
 * the grandmother, the football coach — not only professionals (DOMAIN.md "The plan: goals and tasks").
 */
import { proposeNextMeeting } from './followups';
import { workingDayBefore } from './holidays';

export const AGREEMENT_STATUSES = ['not_started', 'in_progress', 'done', 'not_done'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, string> = {
  not_started: 'Ikke startet',
  in_progress: 'I gang',
  done: 'Udført',
  not_done: 'Ikke udført',
};

/** How the next meeting judges an agreement: partly done is a review word, not a status of its own. */
export const REVIEW_OUTCOMES = ['done', 'partly', 'not_done'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  done: 'Udført',
  partly: 'Delvist',
  not_done: 'Ikke udført',
};

/** What the status becomes once an agreement is reviewed: "delvist" keeps it in progress. */
export const STATUS_AFTER_REVIEW: Record<ReviewOutcome, AgreementStatus> = {
  done: 'done',
  partly: 'in_progress',
  not_done: 'not_done',
};

export function isOpen(status: AgreementStatus): boolean {
  return status === 'not_started' || status === 'in_progress';
}

/** Overdue: still open and the due day has passed (the due day itself is not late). */
export function isOverdue(agreement: { status: AgreementStatus; dueDate: string | null }, today: string): boolean {
  return isOpen(agreement.status) && agreement.dueDate !== null && agreement.dueDate < today;
}

/** Follow-up normally comes 6–8 weeks later (DOMAIN.md); without a set date we aim just before week 7. */
export const DEFAULT_FOLLOW_UP_WEEKS = 7;

/**
 * Default due date: the last working day before the next meeting, so the result can be reported there. Without a
 * booked next meeting, the meeting Kreds would propose (7 weeks on, moved off weekends and holidays) stands in for it:
 * a meeting moved off Kristi himmelfartsdag to the Wednesday makes the Tuesday the deadline, not the meeting day.
 * Never before the meeting itself.
 */
export function defaultDueDate(meetingDate: string, nextMeetingDate?: string | null): string {
  const next = nextMeetingDate ?? proposeNextMeeting({ date: meetingDate, time: '10:00' }).start.date;
  const due = workingDayBefore(next);
  return due < meetingDate ? meetingDate : due;
}

export interface AgreementDraft {
  what: string;
  responsibleName: string;
  dueDate: string | null;
}

/** Inline field errors for an agreement (Danish). Empty when it can be saved. */
export function agreementErrors(draft: AgreementDraft): Partial<Record<'what' | 'responsible', string>> {
  const errors: Partial<Record<'what' | 'responsible', string>> = {};
  if (!draft.what.trim()) errors.what = 'Skriv, hvad der skal gøres';
  if (!draft.responsibleName.trim()) errors.responsible = 'Vælg, hvem der er ansvarlig';
  return errors;
}

/** A due date before the meeting itself is probably a typo: warn, do not refuse. */
export function dueDateWarning(dueDate: string | null, meetingDate: string | null): string | null {
  if (!dueDate || !meetingDate) return null;
  if (dueDate < meetingDate.slice(0, 10)) return 'Fristen ligger før mødedatoen. Er datoen rigtig?';
  return null;
}

export interface Group<T> {
  key: string;
  label: string;
  items: T[];
}

/** Groups overview items by case or by responsible person, keeping the incoming (due date) order within a group. */
export function groupAgreements<T extends { caseId: string; childName: string; responsibleName: string }>(
  items: T[],
  by: 'case' | 'person',
): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    const key = by === 'case' ? item.caseId : item.responsibleName.toLocaleLowerCase('da');
    const label = by === 'case' ? item.childName : item.responsibleName;
    const group = groups.get(key) ?? { key, label, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, 'da'));
}

/** Carried in one action at a follow-up: not carried yet, and reviewed as unfinished or still open without a review. */
export function isCarryable(item: { carried: boolean; outcome: ReviewOutcome | null; status: AgreementStatus }): boolean {
  if (item.carried) return false;
  if (item.outcome) return item.outcome !== 'done';
  return isOpen(item.status);
}
