import type { AgreementsOverview, OverviewItem } from '../../shared/contract/agreements';
import type { AgreementStatus } from '../../shared/domain/agreements';
import { toIsoDay } from '../../shared/domain/dates';
import { prepared } from '../db/statements';
import type { HandlerMap, ServiceContext } from './context';
import { readSettings, writeSettings } from './settings';

/** The overview lists the most urgent; counts cover all. A worker with 25 cases never comes near this. */
export const OVERVIEW_LIMIT = 1000;

/** Must match the partial indexes of migration 008 word for word, or SQLite will not use them. */
const OPEN_AGREEMENT = `a.status IN ('not_started', 'in_progress') AND a.carried_forward = 0`;
const OPEN = `${OPEN_AGREEMENT} AND c.status = 'open'`;
const URGENCY = `COALESCE(a.due_date, '9999-12-31')`;
const MAX_NAMES = 300;

/**
 * The user's own name is the profile name (settings slice). When it is empty the overview lets the user pick or
 * type it and saves it there, so there is one name for the user in the app.
 */
export function myName(ctx: ServiceContext): string | null {
  return readSettings(ctx).profileName.trim() || null;
}

function setMyName(ctx: ServiceContext, name: string): null {
  writeSettings(ctx, { profileName: name.trim() });
  ctx.emit({ type: 'agreements.changed', origin: ctx.origin });
  return null;
}

interface OverviewRow {
  id: string;
  case_id: string;
  child_name: string;
  what: string;
  responsible_name: string;
  due_date: string | null;
  status: AgreementStatus;
}

export function agreementsOverview(ctx: ServiceContext, input: { mine: boolean }): AgreementsOverview {
  const today = toIsoDay(ctx.now());
  const me = myName(ctx);
  const mineFilter = input.mine ? `AND a.responsible_name = @me COLLATE NOCASE` : '';
  const params = { today, me: me ?? '', limit: OVERVIEW_LIMIT };
  const rows = prepared(
    ctx.db,
    `SELECT a.id, a.case_id, c.child_name, a.what, a.responsible_name, a.due_date, a.status
     FROM agreements a JOIN cases c ON c.id = a.case_id
     WHERE ${OPEN} ${mineFilter}
     ORDER BY ${URGENCY} LIMIT @limit`,
  ).all(params) as OverviewRow[];
  const counts = prepared(
    ctx.db,
    `SELECT COUNT(*) AS open, COALESCE(SUM(a.due_date < @today), 0) AS overdue
     FROM agreements a JOIN cases c ON c.id = a.case_id WHERE ${OPEN} ${mineFilter}`,
  ).get(params) as { open: number; overdue: number };
  const names = prepared(ctx.db, `SELECT DISTINCT a.responsible_name COLLATE NOCASE AS name FROM agreements a WHERE ${OPEN_AGREEMENT} ORDER BY 1 LIMIT ${MAX_NAMES}`)
    .all() as { name: string }[];
  const items: OverviewItem[] = rows.map((row) => ({
    id: row.id,
    caseId: row.case_id,
    childName: row.child_name,
    what: row.what,
    responsibleName: row.responsible_name,
    dueDate: row.due_date,
    status: row.status,
    overdue: row.due_date !== null && row.due_date < today,
  }));
  return { today, items, openCount: counts.open, overdueCount: counts.overdue, myName: me, responsibleNames: names.map((n) => n.name) };
}

export const agreementsOverviewHandlers: HandlerMap<'agreements.overview' | 'agreements.setMyName'> = {
  'agreements.overview': agreementsOverview,
  'agreements.setMyName': (ctx, input) => setMyName(ctx, input.name),
};
