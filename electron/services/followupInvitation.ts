import type { FollowUp, Invitation } from '../../shared/contract/followups';
import { buildInvite, inviteText, type InviteDetail, type InvitePerson } from '../../shared/domain/calendarInvite';
import { getCase } from './cases';
import type { ServiceContext } from './context';
import { followUpSettings } from './followupOverview';

interface Attendee {
  name: string;
  email: string | null;
}

/** The case's current (not archived) participants; those with an e-mail become attendees. */
function participantsOf(ctx: ServiceContext, caseId: string): Attendee[] {
  return ctx.db.prepare(`SELECT name, email FROM participants WHERE case_id = ? AND archived_at IS NULL ORDER BY name`).all(caseId) as Attendee[];
}

export function followUpInvitation(ctx: ServiceContext, followUp: FollowUp, detail?: InviteDetail): Invitation {
  const c = getCase(ctx, followUp.caseId);
  const settings = followUpSettings(ctx);
  const participants = participantsOf(ctx, followUp.caseId);
  const attendees: InvitePerson[] = participants.filter((p): p is InvitePerson => !!p.email?.trim());
  const organizer = settings.organizerEmail ? { name: settings.organizerName || c.responsibleWorker, email: settings.organizerEmail } : null;
  const method = followUp.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const text = inviteText(detail ?? followUp.inviteDetail, c.childName, '');
  const content = buildInvite({
    uid: `${followUp.id}@kreds`,
    sequence: followUp.sequence,
    method,
    start: followUp.start,
    durationMinutes: followUp.durationMinutes,
    summary: method === 'CANCEL' ? `Aflyst: ${text.summary}` : text.summary,
    description: text.description,
    location: followUp.location,
    organizer,
    attendees,
    stamp: ctx.now(),
  });
  return {
    fileName: `${method === 'CANCEL' ? 'aflysning' : 'opfoelgning'}-${followUp.start.date}.ics`,
    content,
    method,
    attendeeCount: attendees.length,
    withoutEmail: participants.filter((p) => !p.email?.trim()).map((p) => p.name),
    organizerMissing: !organizer,
  };
}
