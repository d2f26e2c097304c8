import type { CadenceView, CaseFollowUps, FollowUp, ProposalView, SaveFollowUpInput } from '../../shared/contract/followups';
import {
  checkChosenStart,
  DEFAULT_CADENCE,
  describeProblem,
  followUpWindow,
  proposeNextMeeting,
  workingDaysInWindow,
  type CadencePreset,
  type Window,
} from '../../shared/domain/followups';
import { cadenceSummary, followUpSummary } from '../../shared/domain/followupsAudit';
import { formatDate } from '../../shared/domain/dates';
import { fromCopenhagen, toCopenhagen, type LocalDateTime } from '../../shared/domain/localTime';
import { KredsError } from '../../shared/errors';
import { prepared } from '../db/statements';
import { getCase, touchCase } from './cases';
import { newId, type HandlerMap, type ServiceContext } from './context';
import { followUpInvitation } from './followupInvitation';
import { cancelFollowUpMeeting, moveFollowUpMeeting, planFollowUpMeeting } from './followupMeetings';
import { followUpOverview, followUpSettings, saveFollowUpSettings } from './followupOverview';
import { toFollowUp, type FollowUpRow } from './followupRows';

export function getFollowUp(ctx: ServiceContext, id: string): FollowUp {
  const row = prepared(ctx.db, 'SELECT * FROM followups WHERE id = ?').get(id) as FollowUpRow | undefined;
  if (!row) throw new KredsError('not_found', 'Opfølgningen findes ikke (den kan være slettet)');
  return toFollowUp(row);
}

export function plannedFor(ctx: ServiceContext, caseId: string): FollowUp | null {
  const row = prepared(ctx.db, `SELECT * FROM followups WHERE case_id = ? AND status = 'planned'`).get(caseId) as FollowUpRow | undefined;
  return row ? toFollowUp(row) : null;
}

export function cadenceFor(ctx: ServiceContext, caseId: string): CadenceView {
  const row = prepared(ctx.db, 'SELECT * FROM case_cadences WHERE case_id = ?').get(caseId) as
    | { preset: CadencePreset; override_weeks: number | null; reason: string; support_start_date: string | null }
    | undefined;
  if (!row) return { ...DEFAULT_CADENCE, isDefault: true };
  return { preset: row.preset, overrideWeeks: row.override_weeks, reason: row.reason, supportStartDate: row.support_start_date, isDefault: false };
}

function caseFollowUps(ctx: ServiceContext, caseId: string): CaseFollowUps {
  getCase(ctx, caseId);
  const held = prepared(ctx.db, `SELECT COUNT(*) AS n FROM followups WHERE case_id = ? AND status = 'held'`).get(caseId) as { n: number };
  return { cadence: cadenceFor(ctx, caseId), planned: plannedFor(ctx, caseId), nextIsFirst: held.n === 0 };
}

/** The day Kreds would propose for the meeting after this one, by the case's own cadence (agreements' default deadline). */
export function proposedNextDay(ctx: ServiceContext, caseId: string, meetingStart: LocalDateTime): string {
  return propose(ctx, caseId, meetingStart).proposal.start.date;
}

function propose(ctx: ServiceContext, caseId: string, meetingStart: LocalDateTime): ProposalView {
  const current = caseFollowUps(ctx, caseId);
  const proposal = proposeNextMeeting(meetingStart, current.cadence, current.nextIsFirst);
  return { ...current, proposal, workingDays: workingDaysInWindow(proposal.window) };
}

export function setCadence(
  ctx: ServiceContext,
  input: { caseId: string; preset: CadencePreset; overrideWeeks: number | null; reason: string; supportStartDate: string | null },
): CadenceView {
  getCase(ctx, input.caseId);
  if ((input.overrideWeeks || input.preset === 'statutory_95') && !input.reason) {
    const message =
      input.preset === 'statutory_95' ? 'Skriv begrundelsen for kadencen (den gives til barnet og forældrene)' : 'Skriv hvorfor sagen har sin egen kadence';
    throw new KredsError('invalid_input', message, { reason: message });
  }
  if (input.preset === 'statutory_95' && !input.supportStartDate) {
    const message = 'Angiv hvornår støtten startede: første opfølgning skal ligge senest 3 måneder efter';
    throw new KredsError('invalid_input', message, { supportStartDate: message });
  }
  // Before: the cadence in force, the default one included, so the log shows what it changed from.
  const before = cadenceFor(ctx, input.caseId);
  prepared(
    ctx.db,
    `INSERT INTO case_cadences (case_id, preset, override_weeks, reason, support_start_date, updated_at)
     VALUES (@caseId, @preset, @overrideWeeks, @reason, @supportStartDate, @now)
     ON CONFLICT (case_id) DO UPDATE SET preset = excluded.preset, override_weeks = excluded.override_weeks,
       reason = excluded.reason, support_start_date = excluded.support_start_date, updated_at = excluded.updated_at`,
  ).run({ ...input, now: ctx.now().toISOString() });
  touchCase(ctx, input.caseId);
  ctx.emit({ type: 'followups.changed', id: input.caseId, origin: ctx.origin });
  const after = cadenceFor(ctx, input.caseId);
  const view = ({ preset, overrideWeeks, supportStartDate, reason }: CadenceView) => ({ preset, overrideWeeks, supportStartDate, reason });
  ctx.audit?.({ action: 'update', entity: 'cadence', entityId: input.caseId, caseId: input.caseId, before: view(before), after: view(after), summary: cadenceSummary(view(before), view(after)) });
  return after;
}

/** Refuses past days, weekends and holidays (offering working days), and asks for a reason or confirmation where needed. */
function checkStart(ctx: ServiceContext, input: SaveFollowUpInput, window: Window | null) {
  const check = checkChosenStart(input.start, window, toCopenhagen(ctx.now()));
  if (check.blocked) {
    const problem = check.problems.find((p) => p.code !== 'outside_window' && p.code !== 'unusual_time')!;
    const message = `${describeProblem(problem)}. Ledige hverdage: ${check.suggestions.map((d) => formatDate(`${d}T12:00:00`)).join(', ')}`;
    throw new KredsError('invalid_input', message, { date: message });
  }
  if (check.needsReason && !input.outsideWindowReason) {
    const message = 'Datoen ligger uden for vinduet: skriv en kort begrundelse';
    throw new KredsError('invalid_input', message, { outsideWindowReason: message });
  }
  if (check.needsTimeConfirmation && !input.confirmUnusualTime) {
    const message = 'Mødet ligger uden for 07.00–19.00: bekræft tidspunktet';
    throw new KredsError('invalid_input', message, { time: message });
  }
  return { outside: check.needsReason };
}

/**
 * Sets the case's next meeting. A planned follow-up still ahead is moved (same UID, SEQUENCE + 1); one whose day has
 * come is the meeting being held now, so it is marked held and a new follow-up is planned.
 */
export function saveFollowUp(ctx: ServiceContext, input: SaveFollowUpInput): FollowUp {
  const { cadence, planned, nextIsFirst } = caseFollowUps(ctx, input.caseId);
  const today = toCopenhagen(ctx.now()).date;
  // From a meeting: the plan that meeting made is moved; an older plan was this meeting and is now held.
  // Elsewhere (the case page): a plan still ahead is moved.
  const isMove = input.fromMeetingId ? planned?.fromMeetingId === input.fromMeetingId : !!planned && planned.start.date > today;
  const moving = planned && isMove ? planned : null;
  // The window comes from the meeting it follows; a move without one keeps the window the follow-up was planned in.
  const isFirst = moving ? nextIsFirst : planned ? false : nextIsFirst;
  const window = input.meetingStart ? followUpWindow(input.meetingStart.date, cadence, isFirst) : (moving?.window ?? null);
  const { outside } = checkStart(ctx, input, window);
  const now = ctx.now().toISOString();
  const values = {
    caseId: input.caseId,
    fromMeetingId: input.fromMeetingId ?? moving?.fromMeetingId ?? null,
    date: input.start.date,
    time: input.start.time,
    startsAt: fromCopenhagen(input.start).toISOString(),
    duration: input.durationMinutes,
    location: input.location,
    earliest: window?.earliest ?? null,
    target: window?.target ?? null,
    latest: window?.latest ?? null,
    reason: outside ? (input.outsideWindowReason ?? null) : null,
    detail: input.inviteDetail ?? moving?.inviteDetail ?? 'minimal',
    now,
  };
  let id: string;
  if (moving) {
    id = moving.id;
    const changed = moving.start.date !== input.start.date || moving.start.time !== input.start.time || moving.durationMinutes !== input.durationMinutes;
    prepared(
      ctx.db,
      `UPDATE followups SET from_meeting_id = @fromMeetingId, start_date = @date, start_time = @time, starts_at = @startsAt,
         duration_minutes = @duration, location = @location, window_earliest = @earliest, window_target = @target,
         window_latest = @latest, outside_window_reason = @reason, invite_detail = @detail,
         sequence = sequence + @bump, updated_at = @now WHERE id = @id`,
    ).run({ ...values, id, bump: changed ? 1 : 0 });
    const linked = plannedMeetingOf(ctx, id);
    if (linked && changed) moveFollowUpMeeting(ctx, linked, getFollowUp(ctx, id));
  } else {
    if (planned) prepared(ctx.db, `UPDATE followups SET status = 'held', updated_at = ? WHERE id = ?`).run(now, planned.id);
    id = newId();
    prepared(
      ctx.db,
      `INSERT INTO followups (id, case_id, from_meeting_id, start_date, start_time, starts_at, duration_minutes, location, status,
         sequence, window_earliest, window_target, window_latest, outside_window_reason, invite_detail, created_at, updated_at)
       VALUES (@id, @caseId, @fromMeetingId, @date, @time, @startsAt, @duration, @location, 'planned', 0, @earliest, @target, @latest,
         @reason, @detail, @now, @now)`,
    ).run({ ...values, id });
    const meetingId = planFollowUpMeeting(ctx, getFollowUp(ctx, id));
    prepared(ctx.db, 'UPDATE followups SET planned_meeting_id = ? WHERE id = ?').run(meetingId, id);
  }
  touchCase(ctx, input.caseId);
  ctx.emit({ type: 'followups.changed', id: input.caseId, origin: ctx.origin });
  const after = getFollowUp(ctx, id);
  auditFollowUp(ctx, moving ? 'move' : 'create', moving, after);
  return after;
}

function auditFollowUp(ctx: ServiceContext, action: string, before: FollowUp | null, after: FollowUp): void {
  const view = (f: FollowUp | null) => f && { date: f.start.date, time: f.start.time, durationMinutes: f.durationMinutes, location: f.location, status: f.status };
  const [b, a] = [view(before), view(after)];
  ctx.audit?.({ action, entity: 'followups', entityId: after.id, caseId: after.caseId, before: b, after: a, summary: followUpSummary(b, a) });
}

function plannedMeetingOf(ctx: ServiceContext, followUpId: string): string | null {
  return (prepared(ctx.db, 'SELECT planned_meeting_id AS id FROM followups WHERE id = ?').get(followUpId) as { id: string | null }).id;
}

function setStatus(ctx: ServiceContext, id: string, status: 'held' | 'cancelled'): FollowUp {
  const current = getFollowUp(ctx, id);
  if (current.status !== 'planned') throw new KredsError('conflict', 'Opfølgningen er allerede afholdt eller aflyst');
  const bump = status === 'cancelled' ? 1 : 0;
  prepared(ctx.db, 'UPDATE followups SET status = ?, sequence = sequence + ?, updated_at = ? WHERE id = ?').run(status, bump, ctx.now().toISOString(), id);
  const linked = plannedMeetingOf(ctx, id);
  if (linked && status === 'cancelled') cancelFollowUpMeeting(ctx, linked);
  ctx.emit({ type: 'followups.changed', id: current.caseId, origin: ctx.origin });
  const after = getFollowUp(ctx, id);
  auditFollowUp(ctx, status === 'cancelled' ? 'cancel' : 'finish', current, after);
  return after;
}

export const followupsHandlers: HandlerMap<
  | 'followups.forCase'
  | 'followups.propose'
  | 'followups.save'
  | 'followups.cancel'
  | 'followups.markHeld'
  | 'followups.setCadence'
  | 'followups.invitation'
  | 'followups.overview'
  | 'followups.settings'
  | 'followups.saveSettings'
> = {
  'followups.forCase': (ctx, input) => caseFollowUps(ctx, input.caseId),
  'followups.propose': (ctx, input) => propose(ctx, input.caseId, input.meetingStart),
  'followups.save': saveFollowUp,
  'followups.cancel': (ctx, input) => setStatus(ctx, input.id, 'cancelled'),
  'followups.markHeld': (ctx, input) => setStatus(ctx, input.id, 'held'),
  'followups.setCadence': setCadence,
  'followups.invitation': (ctx, input) => followUpInvitation(ctx, getFollowUp(ctx, input.id), input.detail),
  'followups.overview': (ctx) => followUpOverview(ctx),
  'followups.settings': (ctx) => followUpSettings(ctx),
  'followups.saveSettings': saveFollowUpSettings,
};
