import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapNode } from '../../../shared/contract/networkMap';
import { formatDateTime } from '../../../shared/domain/dates';
import { RINGS, TIES, type Ring, type Tie } from '../../../shared/domain/networkMap';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { EmptyState, ErrorMessage, PageHeader } from '../../ui/Page';
import { MapChangesList } from './MapChangesList';
import { NetworkMapLegend } from './NetworkMapLegend';
import { NetworkMapView } from './NetworkMapView';

/** The whole map: drag or use the keyboard to move people, pick support/strain lines, look back at stored versions. */
export function NetworkMapPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['networkMap', 'participants']);
  const announce = useAnnounce();
  const [versionId, setVersionId] = useState('');
  const reloadOn = (event: { type: string; id?: string }) => event.id === caseId && /^(networkMap|participants|safetyPlan)\./.test(event.type);
  const map = useLoad(() => api['networkMap.get']({ caseId, versionId: versionId || undefined }), [caseId, versionId], reloadOn);
  const versions = useLoad(() => api['networkMap.versions']({ caseId }), [caseId], reloadOn);
  const liveMap = useLoad(() => (versionId ? api['networkMap.get']({ caseId }) : Promise.resolve(null)), [caseId, versionId], reloadOn);
  const [error, setError] = useState<string | null>(null);
  const live = versionId === '';

  const act = async (work: () => Promise<MapNode>, message: (node: MapNode) => string) => {
    try {
      setError(null);
      const node = await work();
      announce(message(node));
      map.reload();
    } catch (e) {
      setError((e as Error).message);
      map.reload();
    }
  };
  const move = (participantId: string, ring: Ring, angle: number) =>
    void act(
      () => api['networkMap.place']({ participantId, ring, angle }),
      (node) => t('moved', { name: node.name, ring: t(`ring.${node.ring}`) }),
    );
  const tie = (participantId: string, value: Tie) =>
    void act(
      () => api['networkMap.setTie']({ participantId, tie: value }),
      (node) => t('moved', { name: node.name, ring: t(`tie.${node.tie}`) }),
    );
  const snapshot = async () => {
    await api['networkMap.snapshot']({ caseId, meetingId: null, moment: 'manual' });
    announce(t('snapshotDone'));
  };

  if (map.error && !map.data) return <ErrorMessage message={map.error.message} onRetry={map.reload} retryLabel={t('common:actions.retry')} />;
  const data = map.data;
  return (
    <section className="page">
      <PageHeader
        title={data ? `${t('title')}: ${data.childName}` : t('title')}
        actions={
          <>
            <Link to={`/cases/${caseId}`} className="button">
              {t('backToCase')}
            </Link>
            <Link to={`/cases/${caseId}/network-map/present`} className="button">
              {t('present')}
            </Link>
            {live && (
              <button type="button" className="button" onClick={() => void snapshot()}>
                {t('snapshot')}
              </button>
            )}
          </>
        }
      />
      <div className="netmap-toolbar">
        <label>
          {t('version')}
          <select value={versionId} onChange={(e) => setVersionId(e.target.value)}>
            <option value="">{t('live')}</option>
            {(versions.data ?? []).map((v) => (
              <option key={v.id} value={v.id}>
                {t('versionLabel', { moment: t(`moment.${v.moment}`), date: formatDateTime(v.createdAt) })}
              </option>
            ))}
          </select>
        </label>
        <NetworkMapLegend safetyNetwork={!!map.data?.nodes.some((n) => n.safetyNetwork)} />
      </div>
      {error && <ErrorMessage message={error} />}
      {!live && <p className="notice">{t('readOnly')}</p>}
      {data && data.nodes.length === 0 && <EmptyState>{t('empty')}</EmptyState>}
      {data && data.nodes.length > 0 && (
        <div className="netmap-page">
          <div className="netmap-page__map">
            <p id="netmap-keyboard-hint" className="muted small">
              {t('keyboardHint')}
            </p>
            <NetworkMapView childName={data.childName} nodes={data.nodes} onMove={live ? move : undefined} large />
          </div>
          <div>
            {!live && liveMap.data && <MapChangesList version={data.nodes} live={liveMap.data.nodes} />}
            <h2>{t('people')}</h2>
            <ul className="netmap-people">
              {data.nodes.map((node) => (
                <li key={node.participantId}>
                  <span className="netmap-people__name">{node.name}</span>{' '}
                  <span className="muted small">{node.roleDetail || t(`participants:role.${node.role}`)}</span>
                  {node.safetyNetwork && <span className="small"> · {t('safetyNetworkMember')}</span>}
                  <div className="netmap-people__controls">
                    <select
                      aria-label={t('ringField', { name: node.name })}
                      value={node.ring}
                      disabled={!live}
                      onChange={(e) => move(node.participantId, Number(e.target.value) as Ring, node.angle)}
                    >
                      {RINGS.map((ring) => (
                        <option key={ring} value={ring}>
                          {t(`ring.${ring}`)}
                        </option>
                      ))}
                    </select>
                    <select
                      aria-label={t('tieField', { name: node.name })}
                      value={node.tie}
                      disabled={!live}
                      onChange={(e) => tie(node.participantId, e.target.value as Tie)}
                    >
                      {TIES.map((value) => (
                        <option key={value} value={value}>
                          {t(`tie.${value}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
