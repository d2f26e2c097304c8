import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/domain/dates';
import { latestScaling, spread } from '../../../shared/domain/scaling';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';

/** The case overview's "Seneste skalering" card: the newest held meeting's numbers and how far apart they were. */
export function LatestScalingCard({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('map');
  const trend = useLoad(() => api['scaling.trend']({ caseId }), [caseId], (event) => event.type === 'scaling.changed' || event.type.startsWith('meetings.')).data;
  const latest = trend ? latestScaling(trend) : null;
  const s = latest ? spread(latest.scores.map((x) => x.value)) : null;
  return (
    <section className="card" aria-labelledby="coming-scaling">
      <h2 id="coming-scaling">{t('cases:overview.upcoming.scaling')}</h2>
      {!latest || !s ? (
        <p>{t('cases:overview.upcoming.scalingEmpty')}</p>
      ) : (
        <p>
          <Link to={`/meetings/${latest.meetingId}/map?tab=scaling`}>{formatDate(latest.startsAt)}</Link>:{' '}
          {t('scale.summary', { count: s.count, min: s.min, max: s.max, median: s.median.toLocaleString(i18n.language) })}
        </p>
      )}
    </section>
  );
}
