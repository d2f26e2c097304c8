import { proposeNextMeeting } from '../../shared/domain/followups';
import { isWorkingDay, workingDayOnOrAfter } from '../../shared/domain/holidays';
import { addDays, toCopenhagen, weekday } from '../../shared/domain/localTime';
import type { ServiceContext } from './context';
import { saveFollowUp, setCadence } from './followups';

function demoCaseId(ctx: ServiceContext, childName: string): string | null {
  const row = ctx.db.prepare('SELECT id FROM cases WHERE is_demo = 1 AND child_name = ?').get(childName) as { id: string } | undefined;
  return row?.id ?? null;
}

/** A context whose clock stands some days back, to plan what was planned back then. */
function daysAgo(ctx: ServiceContext, days: number): ServiceContext {
  return { ...ctx, now: () => new Date(ctx.now().getTime() - days * 86_400_000) };
}

/**
 * Demo follow-ups: Oliver's next meeting 7 weeks after his held network meeting (from the meetings demo, else last
 * week's Thursday),
 * A.K. on the preventive cadence, Emil (placement) with a follow-up that passed without a meeting, Sofie with none.
 */
export function loadFollowUpDemo(ctx: ServiceContext): void {
  const today = toCopenhagen(ctx.now()).date;
  const oliver = demoCaseId(ctx, 'Oliver');
  if (oliver) {
    const held = ctx.db
      .prepare(`SELECT id, starts_at FROM meetings WHERE case_id = ? AND status = 'held' ORDER BY starts_at DESC LIMIT 1`)
      .get(oliver) as { id: string; starts_at: string } | undefined;
    const lastThursday = workingDayOnOrAfter(addDays(today, -((weekday(today) + 3) % 7) - 7));
    const meetingStart = held ? { date: held.starts_at.slice(0, 10), time: held.starts_at.slice(11, 16) } : { date: lastThursday, time: '09:00' };
    const proposal = proposeNextMeeting(meetingStart);
    saveFollowUp(ctx, {
      caseId: oliver,
      fromMeetingId: held?.id ?? null,
      meetingStart,
      start: proposal.start,
      durationMinutes: 90,
      location: 'Engskolens mødelokale 2',
    });
  }
  const ak = demoCaseId(ctx, 'A.K.');
  if (ak) {
    setCadence(ctx, { caseId: ak, preset: 'preventive', overrideWeeks: null, reason: '', supportStartDate: null });
    const start = { date: workingDayOnOrAfter(addDays(today, 12)), time: '13:00' };
    saveFollowUp(ctx, { caseId: ak, meetingStart: null, start, durationMinutes: 60, location: 'Børnehaven Solsikken' });
  }
  const emil = demoCaseId(ctx, 'Emil');
  if (emil) {
    setCadence(ctx, { caseId: emil, preset: 'placement', overrideWeeks: null, reason: '', supportStartDate: null });
    let passed = addDays(today, -2);
    while (!isWorkingDay(passed)) passed = addDays(passed, -1);
    saveFollowUp(daysAgo(ctx, 30), { caseId: emil, meetingStart: null, start: { date: passed, time: '10:00' }, durationMinutes: 60, location: 'Opholdsstedet' });
  }
}
