import { z } from 'zod';
import { AGREEMENT_STATUSES, REVIEW_OUTCOMES, type AgreementStatus, type ReviewOutcome } from '../domain/agreements';
import { channel, idInput, optionalText } from './define';
import type { UndoTicket } from './undo';

const id = z.string().uuid();
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ugyldig dato (brug dd.mm.åååå)');

/**
 * What and who are checked by the service (not here) so the user gets the plain Danish field messages of
 * shared/domain/agreements.ts for both at once, instead of zod's first-failure message.
 */
export const agreementFields = z.object({
  what: z.string().max(1000),
  why: optionalText(1000),
  responsibleParticipantId: id.nullable().optional().default(null),
  responsibleName: z.string().max(120),
  /** Absent: the default (day before the next meeting, else meeting + 7 weeks − 1 day). */
  dueDate: isoDay.nullable().optional(),
  goalId: id.nullable().optional().default(null),
  mapItemId: z.string().max(64).nullable().optional().default(null),
  comment: optionalText(2000),
});

export const createAgreementInput = agreementFields.extend({ caseId: id, meetingId: id.nullable().optional().default(null) }).strict();
export type CreateAgreementInput = z.input<typeof createAgreementInput>;
export const updateAgreementInput = agreementFields.extend({ id, status: z.enum(AGREEMENT_STATUSES) }).strict();
export type UpdateAgreementInput = z.input<typeof updateAgreementInput>;

export interface Agreement {
  id: string;
  caseId: string;
  meetingId: string | null;
  what: string;
  why: string;
  responsibleParticipantId: string | null;
  responsibleName: string;
  dueDate: string | null;
  status: AgreementStatus;
  goalId: string | null;
  mapItemId: string | null;
  source: 'manual' | 'map' | 'notes' | 'carried';
  carriedFromId: string | null;
  carriedForward: boolean;
  comment: string;
  createdAt: string;
  updatedAt: string;
}

/** Who can be made responsible: every (non-archived) participant of the case. */
export interface ResponsibleOption {
  participantId: string;
  name: string;
  role: string;
}

export interface AgreementDefaults {
  meetingDate: string | null;
  dueDate: string;
  responsibleOptions: ResponsibleOption[];
}

export interface ReviewItem {
  agreement: Agreement;
  /** When the agreement was made (the earlier meeting's start), for "aftalt 10.03.2026". */
  agreedAt: string | null;
  review: { outcome: ReviewOutcome; comment: string } | null;
  /** True when a copy already lives in this meeting. */
  carried: boolean;
}

export interface OverviewItem {
  id: string;
  caseId: string;
  childName: string;
  what: string;
  responsibleName: string;
  dueDate: string | null;
  status: AgreementStatus;
  overdue: boolean;
}

export interface AgreementsOverview {
  today: string;
  items: OverviewItem[];
  openCount: number;
  overdueCount: number;
  /** The name used for "mine", from the profile or chosen on the overview; null until set. */
  myName: string | null;
  /** Every responsible name among open agreements, for choosing one's own. */
  responsibleNames: string[];
}

export const agreementsContract = {
  'agreements.listForMeeting': channel<Agreement[]>()(z.object({ meetingId: id }).strict()),
  'agreements.listForCase': channel<Agreement[]>()(z.object({ caseId: id }).strict()),
  'agreements.defaults': channel<AgreementDefaults>()(z.object({ caseId: id, meetingId: id.nullable() }).strict()),
  'agreements.create': channel<Agreement>()(createAgreementInput),
  'agreements.update': channel<Agreement>()(updateAgreementInput),
  'agreements.delete': channel<UndoTicket>()(idInput),
  'agreements.fromTaskDraft': channel<Agreement>()(
    z
      .object({
        draftId: id,
        responsibleParticipantId: id.nullable().optional().default(null),
        responsibleName: z.string().max(120),
        dueDate: isoDay.nullable().optional(),
      })
      .strict(),
  ),
  'agreements.review': channel<ReviewItem[]>()(z.object({ meetingId: id }).strict()),
  'agreements.setReview': channel<ReviewItem>()(
    z.object({ meetingId: id, agreementId: id, outcome: z.enum(REVIEW_OUTCOMES), comment: optionalText(2000) }).strict(),
  ),
  'agreements.carryForward': channel<Agreement[]>()(z.object({ meetingId: id }).strict()),
  'agreements.overview': channel<AgreementsOverview>()(z.object({ mine: z.boolean().optional().default(false) }).strict()),
  'agreements.setMyName': channel<null>()(z.object({ name: z.string().trim().max(120) }).strict()),
  'agreements.openFor': channel<Agreement[]>()(z.object({ participantId: id }).strict()),
};
