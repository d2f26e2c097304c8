import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/domain/dates';
import { spread } from '../../../shared/domain/scaling';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';

/**
 * The case overview's "Seneste skalering" card: the newest meeting's numbers and how far apart they were. A meeting
 * still in the future does not count as the latest, even if numbers were prepared for it.
 */
export function LatestScalingCard({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('map');
  const trend = useLoad(() => api['scaling.trend']({ caseId }), [caseId], (event) => event.type === 'scaling.changed').data;
  const now = useNow();
  const last = trend?.meetings.filter((m) => new Date(m.startsAt) <= now).pop();
  const question = trend?.questions[0];
  const scores = last && question ? trend.series.filter((s) => s.seriesId === question.seriesId).flatMap((s) => s.points.filter((p) => p.meetingId === last.meetingId).map((p) => ({ name: s.name, value: p.value }))) : [];
  const s = spread(scores.map((x) => x.value));
  return (
    <section className="card" aria-labelledby="coming-scaling">
      <h2 id="coming-scaling">{t('cases:overview.upcoming.scaling')}</h2>
      {!last || !s ? (
        <p>{t('cases:overview.upcoming.scalingEmpty')}</p>
      ) : (
        <p>
          <Link to={`/meetings/${last.meetingId}/map?tab=scaling`}>{formatDate(last.startsAt)}</Link>:{' '}
          {t('scale.summary', { count: s.count, min: s.min, max: s.max, median: s.median.toLocaleString(i18n.language) })}
        </p>
      )}
    </section>
  );
}
