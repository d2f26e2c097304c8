import type { RouteDef } from '../../app/routes';
import { AgendaPrintPage } from './AgendaPrintPage';
import { ConsolePage } from './ConsolePage';
import { MeetingPrepPage } from './MeetingPrepPage';
import { PresenterPage } from './PresenterPage';
import { SummaryPage } from './SummaryPage';

/** The meeting screens. The console, the shared screen and the printable agenda fill the window (no app shell). */
export const meetingRoutes: RouteDef[] = [
  { pattern: '/cases/:id/meetings/new', render: (p) => <MeetingPrepPage caseId={p.id!} /> },
  { pattern: '/meetings/:id/prepare', render: (p) => <MeetingPrepPage meetingId={p.id!} /> },
  { pattern: '/meetings/:id/summary', render: (p) => <SummaryPage id={p.id!} /> },
  { pattern: '/meetings/:id/agenda', render: (p) => <AgendaPrintPage id={p.id!} />, bare: true },
  { pattern: '/meetings/:id', render: (p) => <ConsolePage id={p.id!} />, bare: true },
  { pattern: '/presenter/:id', render: (p) => <PresenterPage id={p.id!} />, bare: true },
];
