import { followUpSettingsSummary } from '../../shared/domain/followupsAudit';
import type { FollowUpOverview, FollowUpSettings, OverviewItem } from '../../shared/contract/followups';
import { addDays, toCopenhagen, weekday } from '../../shared/domain/localTime';
import { prepared } from '../db/statements';
import type { ServiceContext } from './context';
import { toFollowUp, type FollowUpRow } from './followupRows';

const SETTINGS_KEY = 'followups.settings';
const DEFAULT_SETTINGS: FollowUpSettings = { reminderDaysBefore: 3, organizerName: '', organizerEmail: '', defaultDurationMinutes: 90 };

export function followUpSettings(ctx: ServiceContext): FollowUpSettings {
  const row = prepared(ctx.db, 'SELECT value FROM settings WHERE key = ?').get(SETTINGS_KEY) as { value: string } | undefined;
  return { ...DEFAULT_SETTINGS, ...(row ? (JSON.parse(row.value) as Partial<FollowUpSettings>) : {}) };
}

export function saveFollowUpSettings(ctx: ServiceContext, input: FollowUpSettings): FollowUpSettings {
  const before = followUpSettings(ctx);
  prepared(ctx.db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(SETTINGS_KEY, JSON.stringify(input));
  ctx.emit({ type: 'followups.changed', origin: ctx.origin });
  const after = followUpSettings(ctx);
  ctx.audit?.({ action: 'update', entity: 'followup_settings', before, after, summary: followUpSettingsSummary(before, after) });
  return after;
}

/** Planned follow-ups of open cases with their child's name, in date order. */
export function plannedItems(ctx: ServiceContext, where: string, params: Record<string, string>): OverviewItem[] {
  const rows = prepared(
    ctx.db,
    `SELECT f.*, c.child_name, c.responsible_worker FROM followups f JOIN cases c ON c.id = f.case_id
     WHERE f.status = 'planned' AND c.status = 'open' AND ${where} ORDER BY f.start_date, f.start_time`,
  ).all(params) as (FollowUpRow & { child_name: string; responsible_worker: string })[];
  return rows.map((row) => ({ followUp: toFollowUp(row), childName: row.child_name, responsibleWorker: row.responsible_worker }));
}

/**
 * This week and the next four (Monday to Sunday), overdue follow-ups (the day passed and it was neither marked held
 * nor replaced by a next meeting) and open cases with no next meeting.
 */
export function followUpOverview(ctx: ServiceContext): FollowUpOverview {
  const today = toCopenhagen(ctx.now()).date;
  const monday = addDays(today, 1 - weekday(today));
  const horizon = addDays(monday, 34);
  const { reminderDaysBefore } = followUpSettings(ctx);
  const upcoming = plannedItems(ctx, 'f.start_date >= @today AND f.start_date <= @horizon', { today, horizon });
  const overdue = plannedItems(ctx, 'f.start_date < @today', { today });
  const withoutNext = prepared(
    ctx.db,
    `SELECT id AS caseId, child_name AS childName, responsible_worker AS responsibleWorker FROM cases c
     WHERE c.status = 'open' AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.case_id = c.id AND f.status = 'planned')
     ORDER BY c.last_activity_at DESC`,
  ).all() as FollowUpOverview['withoutNext'];
  const soon = addDays(today, reminderDaysBefore);
  const dueSoon = plannedItems(ctx, 'f.start_date >= @today AND f.start_date <= @soon', { today, soon }).length;
  return { today, upcoming, overdue, withoutNext, attentionCount: overdue.length + dueSoon };
}
