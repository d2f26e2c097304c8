import { demoRemovalSummary } from '../../shared/domain/casesAudit';
import { writeCaseHistory } from './caseHistory';
import { createCase } from './cases';
import { eraseAuditSummaries } from './audit';
import type { HandlerMap, ServiceContext } from './context';
import { loadDemoMeetings } from './demoMeetings';
import { loadDemoNetwork } from './demoNetwork';
import { loadDemoMap } from './demoMap';
import { loadPlanDemo } from './demoPlan';
import { schoolAbsenceHistory } from './demoHistory';
import { loadFollowUpDemo } from './followupDemo';
import { loadDemoSafety } from './demoSafety';
import { writeSettings } from './settings';
import { forgetCase } from './undo';

const DEMO_FLAG = 'demo_loaded';

/**
 * The fictional demo data set behind --demo, the first-run offer, the README screenshots and the tests.
 * It grows with each capability. Loading it twice does nothing. Every case it creates has is_demo = 1, and
 * every row a capability adds must hang off such a case with ON DELETE CASCADE, so `demo.remove` takes it all.
 */
export function loadDemoData(ctx: ServiceContext): void {
  if (ctx.db.prepare('SELECT 1 FROM settings WHERE key = ?').get(DEMO_FLAG)) return;
  const year = ctx.now().getFullYear();
  const oliver = createCase(ctx, { childName: 'Oliver', birthYear: year - 9, caseType: 'network', responsibleWorker: 'Mette Sørensen' }, { isDemo: true });
  loadDemoNetwork(ctx, oliver.id);
  createCase(ctx, { childName: 'Sofie', birthYear: year - 14, caseType: 'supportive', responsibleWorker: 'Mette Sørensen' }, { isDemo: true });
  createCase(ctx, { childName: 'A.K.', birthYear: year - 6, caseType: 'early_preventive', responsibleWorker: 'Jonas Holm' }, { isDemo: true });
  const emil = createCase(ctx, { childName: 'Emil', birthYear: year - 16, caseType: 'placement', responsibleWorker: 'Jonas Holm' }, { isDemo: true });
  // Meetings last: they invite the participants other slices have added to the demo case.
  loadDemoMeetings(ctx, oliver.id);
  loadDemoMap(ctx, oliver.id);
  // Agreements and goals hang off the meetings and people above.
  loadPlanDemo(ctx, { oliverId: oliver.id, emilId: emil.id });
  // Follow-ups after the meetings: Oliver's next meeting counts from his held one.
  loadFollowUpDemo(ctx);
  // Oliver's safety plan and Barnets bog build on his network, map and held meeting.
  loadDemoSafety(ctx, oliver.id);
  // A case with a longer history (three held meetings) for review, search and compare.
  const malthe = createCase(ctx, { childName: 'Malthe', birthYear: year - 10, caseType: 'network', responsibleWorker: 'Mette Sørensen' }, { isDemo: true });
  writeCaseHistory(ctx, schoolAbsenceHistory(malthe.id, ctx.now(), 'Malthe'));
  ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(DEMO_FLAG, JSON.stringify(ctx.now().toISOString()));
  // Whoever loads the demo has met the app: the first-run setup must not reappear once the demo is removed.
  writeSettings(ctx, { firstRunDone: true });
}

/** Deletes every demo case in one transaction; the demo can be loaded again afterwards. */
export function removeDemoData(ctx: ServiceContext): number {
  const ids = (ctx.db.prepare('SELECT id FROM cases WHERE is_demo = 1').all() as { id: string }[]).map((r) => r.id);
  const removed = ctx.db.prepare('DELETE FROM cases WHERE is_demo = 1').run().changes;
  // Their audit summaries go too (the chain keeps only digests), as for "Slet sagen nu".
  // Each erasure is a case deletion in the chain too, or verification would read the missing summaries as tampering.
  for (const id of ids) {
    eraseAuditSummaries(ctx.db, id);
    ctx.audit?.({ action: 'delete', entity: 'case', entityId: id, caseId: id, fields: [], summary: 'Demosag slettet' });
    forgetCase(ctx, id);
  }
  ctx.db.prepare('DELETE FROM settings WHERE key = ?').run(DEMO_FLAG);
  // Fictional cases only, so the count is all there is to say; no case id, as the demo is not a case.
  if (removed) ctx.audit?.({ action: 'remove', entity: 'demo', fields: [], summary: demoRemovalSummary(removed) });
  ctx.emit({ type: 'cases.changed', origin: ctx.origin });
  return removed;
}

function demoCaseCount(ctx: ServiceContext): number {
  return (ctx.db.prepare('SELECT COUNT(*) AS n FROM cases WHERE is_demo = 1').get() as { n: number }).n;
}

export const demoHandlers: HandlerMap<'demo.load' | 'demo.remove'> = {
  'demo.load': (ctx) => {
    loadDemoData(ctx);
    ctx.emit({ type: 'cases.changed', origin: ctx.origin });
    return { cases: demoCaseCount(ctx) };
  },
  'demo.remove': (ctx) => ({ removed: removeDemoData(ctx) }),
};
