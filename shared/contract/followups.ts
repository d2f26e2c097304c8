import { z } from 'zod';
import type { InviteDetail } from '../domain/calendarInvite';
import { CADENCE_PRESETS, type CaseCadence, type Proposal, type Window } from '../domain/followups';
import { isValidDay, isValidTime, type LocalDateTime } from '../domain/localTime';
import { channel, emptyInput } from './define';

const day = z.string().refine(isValidDay, 'Ugyldig dato (brug dd.mm.åååå)');
const time = z.string().refine(isValidTime, 'Ugyldigt tidspunkt (brug tt.mm)');
const localDateTime = z.object({ date: day, time }).strict();
const inviteDetail = z.enum(['minimal', 'detailed']);

export type FollowUpStatus = 'planned' | 'held' | 'cancelled';

export interface FollowUp {
  /** Also the calendar UID, so a moved meeting replaces itself in calendars. */
  id: string;
  caseId: string;
  fromMeetingId: string | null;
  start: LocalDateTime;
  durationMinutes: number;
  location: string;
  status: FollowUpStatus;
  /** Raised on every move or cancellation (the .ics SEQUENCE). */
  sequence: number;
  window: Window | null;
  outsideWindowReason: string | null;
  inviteDetail: InviteDetail;
  updatedAt: string;
}

export interface CadenceView extends CaseCadence {
  /** True while the case has never chosen its own cadence. */
  isDefault: boolean;
}

export interface CaseFollowUps {
  cadence: CadenceView;
  planned: FollowUp | null;
  /** Whether the next follow-up is the case's first (cadences treat it differently). */
  nextIsFirst: boolean;
}

export interface ProposalView extends CaseFollowUps {
  proposal: Proposal;
  /** Every working day in the window, for the one-click choice. */
  workingDays: string[];
}

export interface Invitation {
  fileName: string;
  content: string;
  method: 'REQUEST' | 'CANCEL';
  attendeeCount: number;
  /** Participants without an e-mail address: not in the invitation, named so the user can pass it on. */
  withoutEmail: string[];
  organizerMissing: boolean;
}

export interface OverviewItem {
  followUp: FollowUp;
  childName: string;
  responsibleWorker: string;
}

export interface FollowUpOverview {
  today: string;
  /** Monday of this week to Sunday four weeks later. */
  upcoming: OverviewItem[];
  overdue: OverviewItem[];
  withoutNext: { caseId: string; childName: string; responsibleWorker: string }[];
  /** Follow-ups within the reminder horizon (days before) plus overdue ones: the badge on the nav item. */
  attentionCount: number;
}

export interface FollowUpSettings {
  reminderDaysBefore: number;
  organizerName: string;
  organizerEmail: string;
  defaultDurationMinutes: number;
}

export const cadenceInput = z
  .object({
    caseId: z.string().uuid(),
    preset: z.enum(CADENCE_PRESETS),
    overrideWeeks: z.number().int().min(1).max(52).nullable(),
    reason: z.string().trim().max(500),
    supportStartDate: day.nullable(),
  })
  .strict();

export const saveFollowUpInput = z
  .object({
    caseId: z.string().uuid(),
    fromMeetingId: z.string().max(64).nullable().optional(),
    /** The meeting the follow-up comes after: gives the window. Null when planned outside a meeting. */
    meetingStart: localDateTime.nullable(),
    start: localDateTime,
    durationMinutes: z.number().int().min(15).max(480),
    location: z.string().trim().max(200),
    outsideWindowReason: z.string().trim().max(300).optional(),
    confirmUnusualTime: z.boolean().optional(),
    inviteDetail: inviteDetail.optional(),
  })
  .strict();
export type SaveFollowUpInput = z.infer<typeof saveFollowUpInput>;

const caseIdInput = z.object({ caseId: z.string().uuid() }).strict();
const followUpIdInput = z.object({ id: z.string().uuid() }).strict();

export const followupsContract = {
  'followups.forCase': channel<CaseFollowUps>()(caseIdInput),
  'followups.propose': channel<ProposalView>()(
    z.object({ caseId: z.string().uuid(), meetingStart: localDateTime, fromMeetingId: z.string().max(64).nullable().optional() }).strict(),
  ),
  'followups.save': channel<FollowUp>()(saveFollowUpInput),
  'followups.cancel': channel<FollowUp>()(followUpIdInput),
  'followups.markHeld': channel<FollowUp>()(followUpIdInput),
  'followups.setCadence': channel<CadenceView>()(cadenceInput),
  'followups.invitation': channel<Invitation>()(z.object({ id: z.string().uuid(), detail: inviteDetail.optional() }).strict()),
  'followups.overview': channel<FollowUpOverview>()(emptyInput),
  'followups.settings': channel<FollowUpSettings>()(emptyInput),
  'followups.saveSettings': channel<FollowUpSettings>()(
    z
      .object({
        reminderDaysBefore: z.number().int().min(0).max(30),
        organizerName: z.string().trim().max(120),
        organizerEmail: z.union([z.literal(''), z.string().trim().email().max(200)]),
        defaultDurationMinutes: z.number().int().min(15).max(480),
      })
      .strict(),
  ),
  /** Electron opens the file in the default calendar app; the browser host answers opened: false (the renderer downloads). */
  'followups.openInCalendar': channel<{ opened: boolean }>()(
    z.object({ fileName: z.string().regex(/^[\w.\-æøåÆØÅ ]{1,80}\.ics$/), content: z.string().max(200_000) }).strict(),
  ),
};
