import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { NetworkMapLegend } from './NetworkMapLegend';
import { NetworkMapView } from './NetworkMapView';

/**
 * The map for the shared screen (meeting presenter view). It shows names, roles and closeness only: notes,
 * contact details and consent stay on the facilitator's laptop.
 */
export function NetworkMapPresenter({ caseId, versionId }: { caseId: string; versionId?: string }) {
  const { t } = useTranslation('networkMap');
  const map = useLoad(
    () => api['networkMap.get']({ caseId, versionId }),
    [caseId, versionId],
    (event) => event.id === caseId && /^(networkMap|participants|safetyPlan)\./.test(event.type),
  );
  if (!map.data) return null;
  return (
    <figure className="netmap-presenter">
      <NetworkMapView childName={map.data.childName} nodes={map.data.nodes} large />
      <figcaption>
        <NetworkMapLegend safetyNetwork={!!map.data?.nodes.some((n) => n.safetyNetwork)} />
        <span className="visually-hidden">{t('mapLabel', { child: map.data.childName })}</span>
      </figcaption>
    </figure>
  );
}
