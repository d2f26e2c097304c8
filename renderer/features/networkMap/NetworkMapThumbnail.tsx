import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { NetworkMapView } from './NetworkMapView';

/** The small map on the case overview; the whole card opens the map. */
export function NetworkMapThumbnail({ caseId }: { caseId: string }) {
  const { t } = useTranslation('networkMap');
  const map = useLoad(
    () => api['networkMap.get']({ caseId }),
    [caseId],
    (event) => event.id === caseId && /^(networkMap|participants)\./.test(event.type),
  );
  return (
    <section className="card" aria-labelledby="netmap-thumb-title">
      <div className="card__header">
        <h2 id="netmap-thumb-title">{t('title')}</h2>
        <Link to={`/cases/${caseId}/network-map`} className="button">
          {t('open')}
        </Link>
      </div>
      {map.data && map.data.nodes.length === 0 && <p className="muted">{t('thumbnailEmpty')}</p>}
      {map.data && map.data.nodes.length > 0 && (
        // Not a second link: the map's own names are its content, and the button above opens it (WCAG 2.5.3).
        <div className="netmap-thumb">
          <NetworkMapView childName={map.data.childName} nodes={map.data.nodes} />
        </div>
      )}
    </section>
  );
}
