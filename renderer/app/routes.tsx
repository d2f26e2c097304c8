import type { ReactNode } from 'react';
import { CaseFormPage } from '../features/cases/CaseFormPage';
import { CaseListPage } from '../features/cases/CaseListPage';
import { CaseOverviewPage } from '../features/cases/CaseOverviewPage';
import { FollowUpsPage } from '../features/followups/FollowUpsPage';
import { meetingRoutes } from '../features/meeting/routes';
import { NetworkMapPage } from '../features/networkMap/NetworkMapPage';

export interface RouteDef {
  pattern: string;
  render(params: Record<string, string>): ReactNode;
  /** Full-screen routes (the presenter view) render without the app shell. */
  bare?: boolean;
}

/** Every screen, most specific first. Each capability adds its routes here. */
export const routes: RouteDef[] = [
  { pattern: '/', render: () => <CaseListPage /> },
  { pattern: '/cases', render: () => <CaseListPage /> },
  { pattern: '/cases/new', render: () => <CaseFormPage /> },
  { pattern: '/cases/:id/edit', render: (p) => <CaseFormPage id={p.id} /> },
  { pattern: '/cases/:id/network-map', render: (p) => <NetworkMapPage caseId={p.id!} /> },
  { pattern: '/cases/:id', render: (p) => <CaseOverviewPage id={p.id!} /> },
  { pattern: '/followups', render: () => <FollowUpsPage /> },
  ...meetingRoutes,
];
