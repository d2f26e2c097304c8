import type { ReactNode } from 'react';
import { AgreementsOverviewPage } from '../features/agreements/AgreementsOverviewPage';
import { CaseFormPage } from '../features/cases/CaseFormPage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { CaseOverviewPage } from '../features/cases/CaseOverviewPage';
import { meetingRoutes } from '../features/meeting/routes';
import { MapPage } from '../features/map/MapPage';
import { MapPresenterPage } from '../features/map/MapPresenterPage';
import { BundleImportPage } from '../features/bundle/BundleImportPage';
import { PrintMeetingPage } from '../features/export/PrintMeetingPage';
import { PrintPlanPage } from '../features/export/PrintPlanPage';
import { ComparePage } from '../features/review/ComparePage';
import { MeetingReviewPage } from '../features/review/MeetingReviewPage';
import { PreparePage } from '../features/review/PreparePage';
import { TimelinePage } from '../features/review/TimelinePage';
import { SearchPage } from '../features/search/SearchPage';
import { FollowUpsPage } from '../features/followups/FollowUpsPage';
import { PlanPage } from '../features/plan/PlanPage';
import { NetworkMapPage } from '../features/networkMap/NetworkMapPage';
import { NetworkMapPresentPage } from '../features/networkMap/NetworkMapPresentPage';
import { CaseAuditPage } from '../features/audit/CaseAuditPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { safetyPlanRoutes } from '../features/safetyPlan/routes';
import { childStoryRoutes } from '../features/childStory/routes';

export interface RouteDef {
  pattern: string;
  render(params: Record<string, string>): ReactNode;
  /** Full-screen routes (the presenter view) render without the app shell. */
  bare?: boolean;
  /**
   * Shown on the shared screen (projector, TV) that the family and the network see. While the app is locked
   * such a window shows only a neutral screen, with no PIN field (the user unlocks on the laptop).
   */
  sharedScreen?: boolean;
}

/** Every screen, most specific first. Each capability adds its routes here. */
export const routes: RouteDef[] = [
  { pattern: '/', render: () => <CaseListPage /> },
  { pattern: '/cases', render: () => <CaseListPage /> },
  { pattern: '/cases/new', render: () => <CaseFormPage /> },
  { pattern: '/cases/:id/edit', render: (p) => <CaseFormPage id={p.id} /> },
  { pattern: '/cases/:id/plan', render: (p) => <PlanPage caseId={p.id!} /> },
  { pattern: '/agreements', render: () => <AgreementsOverviewPage /> },
  { pattern: '/cases/:id/network-map/present', render: (p) => <NetworkMapPresentPage caseId={p.id!} />, bare: true, sharedScreen: true },
  { pattern: '/cases/:id/network-map', render: (p) => <NetworkMapPage caseId={p.id!} /> },
  { pattern: '/cases/:id/audit', render: (p) => <CaseAuditPage id={p.id!} /> },
  ...safetyPlanRoutes,
  ...childStoryRoutes,
  { pattern: '/cases/:id', render: (p) => <CaseOverviewPage id={p.id!} /> },
  { pattern: '/meetings/:id/map', render: (p) => <MapPage meetingId={p.id!} /> },
  ...meetingRoutes,
  { pattern: '/meetings/:id/map/presenter', render: (p) => <MapPresenterPage meetingId={p.id!} />, bare: true, sharedScreen: true },
  { pattern: '/cases/:id/timeline', render: (p) => <TimelinePage caseId={p.id!} /> },
  { pattern: '/cases/:id/prepare', render: (p) => <PreparePage caseId={p.id!} /> },
  { pattern: '/cases/:id/compare', render: (p) => <ComparePage caseId={p.id!} /> },
  { pattern: '/meetings/:id/review', render: (p) => <MeetingReviewPage id={p.id!} /> },
  { pattern: '/search', render: () => <SearchPage /> },
  { pattern: '/bundles/import', render: () => <BundleImportPage /> },
  { pattern: '/print/meeting/:id', render: (p) => <PrintMeetingPage id={p.id!} />, bare: true },
  { pattern: '/print/plan/:id', render: (p) => <PrintPlanPage caseId={p.id!} />, bare: true },
  { pattern: '/followups', render: () => <FollowUpsPage /> },
  { pattern: '/settings', render: () => <SettingsPage /> },
];
