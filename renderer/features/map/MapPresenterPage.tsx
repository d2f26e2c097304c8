import { useRef } from 'react';
import { MAP_PAGE_VIEWS, type MapPageView } from '../../../shared/contract/sharedScreen';
import { concernsSharedScreen } from '../../../shared/domain/presenterPhase';
import { api } from '../../api';
import { useQueryParams } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { SharedContent } from '../sharedScreen/SharedContent';
import { SharedScreenFrame } from '../sharedScreen/SharedScreenFrame';

/**
 * The map, scaling or De tre huse of a meeting alone on the shared screen (the map page's "Vis på fælles skærm"): the
 * same views, words and fit as in the meeting's shared screen, from the host's `map.presenter` answer.
 */
export function MapPresenterPage({ meetingId }: { meetingId: string }) {
  const asked = useQueryParams().get('view');
  const view: MapPageView = (MAP_PAGE_VIEWS as readonly string[]).includes(asked ?? '') ? (asked as MapPageView) : 'map';
  // The map's changes carry the meeting's id; the words and the people carry the case's (known after the first answer).
  const caseId = useRef<string | undefined>(undefined);
  const page = useLoad(() => api['map.presenter']({ meetingId, view }), [meetingId, view], (event) => concernsSharedScreen(event, { meetingId, caseId: caseId.current }));
  caseId.current = page.data?.caseId;
  if (!page.data) return <div className="ss-blank" aria-busy={page.loading} />;
  return (
    <SharedScreenFrame contentKey={page.data} layoutKey={view} title={page.data.childName} heading={page.data.title}>
      <SharedContent content={page.data.content} />
    </SharedScreenFrame>
  );
}
