import { z } from 'zod';
import { GROUPS, MAX_NAME, MAX_NOTE, MAX_SHORT_TEXT, ROLES, type Group, type Role } from '../domain/participants';
import { channel, optionalText, requiredText } from './define';
import type { UndoTicket } from './undo';

const id = z.string().uuid();

/** An e-mail is optional; when given it must be one. */
const optionalEmail = z.union([z.literal(''), z.string().trim().email()]).optional().default('');

export const participantFields = z.object({
  name: requiredText(MAX_NAME),
  role: z.enum(ROLES),
  /** Free text beside the role: "mormor", "fodboldtræner", or what "andet" means. */
  roleDetail: optionalText(MAX_SHORT_TEXT),
  /** Omitted: derived from the role (groupForRole). */
  group: z.enum(GROUPS).optional(),
  organisation: optionalText(MAX_SHORT_TEXT),
  phone: optionalText(40),
  email: optionalEmail,
  note: optionalText(MAX_NOTE),
});
export type ParticipantFields = z.input<typeof participantFields>;

export interface Participant {
  id: string;
  caseId: string;
  name: string;
  role: Role;
  roleDetail: string;
  group: Group;
  organisation: string;
  phone: string;
  email: string;
  note: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** Referred to by a meeting, a task or another record: it can be archived but not deleted. */
  inUse: boolean;
}

export interface ContactPersonChange {
  participantId: string | null;
  participantName: string;
  changedAt: string;
}

export interface ContactPerson {
  current: Participant | null;
  /** Newest first. */
  history: ContactPersonChange[];
}

export const participantsContract = {
  'participants.list': channel<Participant[]>()(z.object({ caseId: id, includeArchived: z.boolean().optional() }).strict()),
  'participants.create': channel<Participant>()(
    participantFields.extend({ caseId: id, confirmDuplicate: z.boolean().optional() }).strict(),
  ),
  'participants.update': channel<Participant>()(participantFields.extend({ id, confirmDuplicate: z.boolean().optional() }).strict()),
  'participants.archive': channel<Participant>()(z.object({ id }).strict()),
  'participants.restore': channel<Participant>()(z.object({ id }).strict()),
  'participants.delete': channel<{ deleted: true } & UndoTicket>()(z.object({ id }).strict()),
  'participants.contactPerson': channel<ContactPerson>()(z.object({ caseId: id }).strict()),
  'participants.setContactPerson': channel<ContactPerson>()(z.object({ caseId: id, participantId: id }).strict()),
};
