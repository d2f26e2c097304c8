import { initials } from '../../shared/domain/calendarInvite';
import { formatDate } from '../../shared/domain/dates';
import { addDays, toCopenhagen } from '../../shared/domain/localTime';
import type { ServiceContext } from './context';
import { followUpSettings, plannedItems } from './followupOverview';

export interface Reminder {
  followUpId: string;
  caseId: string;
  kind: 'upcoming' | 'overdue';
  title: string;
  body: string;
}

/**
 * The OS notifications due now: a follow-up within the reminder horizon, and one whose day passed without a meeting.
 * Each is given once per follow-up, kind and date (moving a meeting reminds again). Notifications can show on a
 * locked screen, so they carry initials only.
 */
export function takeDueReminders(ctx: ServiceContext): Reminder[] {
  const today = toCopenhagen(ctx.now()).date;
  const { reminderDaysBefore } = followUpSettings(ctx);
  const soon = addDays(today, reminderDaysBefore);
  const sent = ctx.db.prepare('SELECT 1 FROM followup_reminders WHERE followup_id = ? AND kind = ? AND start_date = ?');
  const record = ctx.db.prepare('INSERT INTO followup_reminders (followup_id, kind, start_date, sent_at) VALUES (?, ?, ?, ?)');
  const candidates = [
    ...plannedItems(ctx, 'f.start_date < @today', { today }).map((item) => ({ item, kind: 'overdue' as const })),
    ...(reminderDaysBefore > 0 ? plannedItems(ctx, 'f.start_date >= @today AND f.start_date <= @soon', { today, soon }) : []).map((item) => ({
      item,
      kind: 'upcoming' as const,
    })),
  ];
  const due: Reminder[] = [];
  for (const { item, kind } of candidates) {
    const { id, caseId, start } = item.followUp;
    if (sent.get(id, kind, start.date)) continue;
    record.run(id, kind, start.date, ctx.now().toISOString());
    const when = `${formatDate(`${start.date}T12:00:00`)} kl. ${start.time.replace(':', '.')}`;
    due.push({
      followUpId: id,
      caseId,
      kind,
      title: kind === 'overdue' ? 'Opfølgning overskredet' : 'Opfølgning snart',
      body: kind === 'overdue' ? `${initials(item.childName)}: opfølgningen ${when} er ikke holdt` : `${initials(item.childName)}: opfølgning ${when}`,
    });
  }
  return due;
}
