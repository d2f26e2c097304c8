import type { ReviewMeeting } from '../../shared/contract/safetyPlan';
import type { ScreenPosition } from '../../shared/contract/versions';
import { screenPageSummary } from '../../shared/domain/safetyPlanAudit';
import { clampPage } from '../../shared/domain/screenPaging';
import type { ServiceContext } from './context';

/**
 * Case-level views on the shared screen (the safety plan, Barnets bog) show one page at a time. The page is kept on
 * the host, like the meeting's presenter state, so the shared-screen window follows the console over the host's
 * events and finds its page again after a reload.
 */
export type CaseScreen = 'safety_plan' | 'child_story';

function storedPage(ctx: ServiceContext, caseId: string, screen: CaseScreen): number | null {
  const row = ctx.db.prepare('SELECT page FROM shared_screen_pages WHERE case_id = ? AND screen = ?').get(caseId, screen) as { page: number } | undefined;
  return row?.page ?? null;
}

export function readScreenPage(ctx: ServiceContext, caseId: string, screen: CaseScreen): number {
  return storedPage(ctx, caseId, screen) ?? 0;
}

/** Stores the page (kept inside the page count); null when it was already shown, so nothing is written or logged. */
function writeScreenPage(ctx: ServiceContext, caseId: string, screen: CaseScreen, page: number, count: number): number | null {
  const shown = clampPage(page, count);
  if (shown === storedPage(ctx, caseId, screen)) return null;
  ctx.db
    .prepare(
      `INSERT INTO shared_screen_pages (case_id, screen, page, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (case_id, screen) DO UPDATE SET page = excluded.page, updated_at = excluded.updated_at`,
    )
    .run(caseId, screen, shown, ctx.now().toISOString());
  ctx.emit({ type: screen === 'safety_plan' ? 'safetyPlan.screen' : 'childStory.screen', id: caseId, origin: ctx.origin, data: { page: shown } });
  return shown;
}

/** The console steps the shared screen: the page is kept and announced, and the step is in the case's log. */
export function showScreenPage(ctx: ServiceContext, caseId: string, screen: CaseScreen, page: number, count: number): ScreenPosition {
  const shown = writeScreenPage(ctx, caseId, screen, page, count);
  if (shown === null) return { shown: readScreenPage(ctx, caseId, screen), count };
  const summary = screenPageSummary(screen === 'safety_plan' ? 'sikkerhedsplanen' : 'Barnets bog', shown, count);
  ctx.audit?.({ action: 'show', entity: 'shared_screen', entityId: caseId, caseId, fields: ['page'], summary });
  return { shown, count };
}

/** Meetings of the case that are running or held, newest first: where a review or a version belongs. */
export function reviewMeetings(ctx: ServiceContext, caseId: string): ReviewMeeting[] {
  return ctx.db
    .prepare(`SELECT id, starts_at AS startsAt, status FROM meetings WHERE case_id = ? AND status IN ('running', 'held') ORDER BY starts_at DESC`)
    .all(caseId) as ReviewMeeting[];
}
