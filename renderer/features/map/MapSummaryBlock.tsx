import { useTranslation } from 'react-i18next';
import { Link } from '../../app/router';
import './map.css';

/** On the meeting summary: the way to this meeting's map, scaling, De tre huse and what changed since last time. */
export function MapSummaryBlock({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('map');
  return (
    <section aria-labelledby="map-sum-title" className="summary__block">
      <h2 id="map-sum-title">{t('case.title')}</h2>
      <p className="scaling__links">
        <Link to={`/meetings/${meetingId}/map`}>{t('tabs.map')}</Link>
        <Link to={`/meetings/${meetingId}/map?tab=scaling`}>{t('tabs.scaling')}</Link>
        <Link to={`/meetings/${meetingId}/map?tab=houses`}>{t('tabs.houses')}</Link>
        <Link to={`/meetings/${meetingId}/map?tab=since`}>{t('tabs.since')}</Link>
      </p>
    </section>
  );
}
