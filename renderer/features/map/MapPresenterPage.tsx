import { useTranslation } from 'react-i18next';
import { useQueryParams } from '../../app/router';
import { HousesPresenter } from './HousesPanel';
import { MapPresenter } from './MapPresenter';
import { ScalingPresenter } from './ScalingPresenter';
import './map.css';

/** A bare shared-screen page for the map, scaling or houses (the meeting's presenter window shows the same panels). */
export function MapPresenterPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('map');
  const view = useQueryParams().get('view') ?? 'map';
  return (
    <main className="presenter-page" aria-label={t('presenter.label')}>
      {view === 'scaling' ? <ScalingPresenter meetingId={meetingId} /> : view === 'houses' ? <HousesPresenter meetingId={meetingId} /> : <MapPresenter meetingId={meetingId} />}
    </main>
  );
}
