import type { RouteDef } from '../../app/routes';
import { PrintSafetyPlanPage } from './PrintSafetyPlanPage';
import { SafetyPlanPage } from './SafetyPlanPage';
import { SafetyPlanScreen } from './SafetyPlanScreen';

/** The safety plan: the console page, its shared screen (page by page) and its two printed versions. */
export const safetyPlanRoutes: RouteDef[] = [
  { pattern: '/cases/:id/safety-plan/present', render: (p) => <SafetyPlanScreen caseId={p.id!} />, bare: true, sharedScreen: true },
  { pattern: '/cases/:id/safety-plan', render: (p) => <SafetyPlanPage caseId={p.id!} /> },
  { pattern: '/print/safety-plan/:id', render: (p) => <PrintSafetyPlanPage caseId={p.id!} />, bare: true },
];
