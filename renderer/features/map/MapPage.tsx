import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/domain/dates';
import { api } from '../../api';
import { Link, navigate, useQueryParams } from '../../app/router';
import { ErrorMessage, PageHeader } from '../../ui/Page';
import { HousesPanel } from './HousesPanel';
import { MapBoard } from './MapBoard';
import { MapWordingSelect } from './MapPickers';
import { ScalingPanel } from './ScalingPanel';
import { SinceLastView } from './SinceLastView';
import { useMap } from './useMap';
import { openSharedScreen } from '../meeting/presenterWindow';
import { WellbeingPicker } from './WellbeingPicker';
import './map.css';

export const MAP_TABS = ['map', 'scaling', 'houses', 'since'] as const;
type Tab = (typeof MAP_TABS)[number];

/** A meeting's map outside the live meeting: to prepare it, finish it afterwards, or read it from the case. */
export function MapPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('map');
  const params = useQueryParams();
  const tab = (MAP_TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'map';
  const { map, setItems, error, reload } = useMap(meetingId);
  if (error) return <ErrorMessage message={error.message} onRetry={reload} retryLabel={t('common:actions.retry')} />;
  if (!map) return <p className="muted">{t('common:status.loading')}</p>;

  return (
    <section className="page page--wide">
      <PageHeader
        title={t('page.title', { date: formatDate(map.meetingStartsAt) })}
        actions={
          <>
            <Link to={`/cases/${map.caseId}`} className="button">
              {t('page.toCase')}
            </Link>
            <Link to={`/meetings/${meetingId}`} className="button">
              {t('page.toMeeting')}
            </Link>
            {map.sharedScreen && (
              <button type="button" className="button" onClick={() => openSharedScreen(`/meetings/${meetingId}/map/presenter?view=${tab === 'since' ? 'map' : tab}`)}>
                {t('page.openPresenter')}
              </button>
            )}
          </>
        }
      >
        <label className="map-wording">
          {t('wording.label')}{' '}
          <MapWordingSelect value={map.wording} onChange={(wording) => void api['map.setWording']({ caseId: map.caseId, wording }).then(reload)} />
        </label>
      </PageHeader>
      <nav className="map-tabs" aria-label={t('page.tabs')}>
        {MAP_TABS.map((name) => (
          <button
            key={name}
            type="button"
            className={`map-tabs__tab${name === tab ? ' map-tabs__tab--current' : ''}`}
            aria-current={name === tab ? 'page' : undefined}
            onClick={() => navigate(`/meetings/${meetingId}/map?tab=${name}`)}
          >
            {t(`tabs.${name}`)}
          </button>
        ))}
      </nav>
      <h2 className="visually-hidden">{t(`tabs.${tab}`)}</h2>
      {tab === 'map' && (
        <>
          <MapBoard map={map} onChange={setItems} />
          <WellbeingPicker meetingId={meetingId} level={map.wellbeing} hints={map.wellbeingHints} />
        </>
      )}
      {tab === 'scaling' && <ScalingPanel meetingId={meetingId} caseId={map.caseId} />}
      {tab === 'houses' && <HousesPanel meetingId={meetingId} />}
      {tab === 'since' && <SinceLastView meetingId={meetingId} caseId={map.caseId} />}
    </section>
  );
}
