import type { RouteDef } from '../../app/routes';
import { ChildStoryPage } from './ChildStoryPage';
import { ChildStoryScreen } from './ChildStoryScreen';
import { PrintChildStoryPage } from './PrintChildStoryPage';

/** Barnets bog: the console page, its shared screen (page by page) and the A5 booklet. */
export const childStoryRoutes: RouteDef[] = [
  { pattern: '/cases/:id/child-story/present', render: (p) => <ChildStoryScreen caseId={p.id!} />, bare: true, sharedScreen: true },
  { pattern: '/cases/:id/child-story', render: (p) => <ChildStoryPage caseId={p.id!} /> },
  { pattern: '/print/child-story/:id', render: (p) => <PrintChildStoryPage caseId={p.id!} />, bare: true },
];
