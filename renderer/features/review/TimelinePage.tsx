import { useTranslation } from 'react-i18next';
import { formatDate, isoWeek } from '../../../shared/domain/dates';
import { WELLBEING_LABELS } from '../../../shared/domain/wellbeing';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { Badge, EmptyState, ErrorMessage, PageHeader } from '../../ui/Page';
import { CaseReviewNav } from './CaseReviewNav';
import { useSafetyTimeline } from '../safetyPlan/useSafetyTimeline';
import './review.css';

const WELLBEING_TONE = { general: 'success', declining: 'warning', poor: 'warning', severe: 'warning' } as const;

/** Every meeting of the case, newest first: date, type, who came, the numbers, wellbeing and one line. */
export function TimelinePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('review');
  const loaded = useLoad(() => api['review.timeline']({ caseId }), [caseId], (e) => e.type.startsWith('meetings') || e.id === caseId);
  const safetyEvents = useSafetyTimeline(caseId);
  const data = loaded.data;
  if (loaded.error) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (!data) return <p className="muted">{t('common:status.loading')}</p>;
  return (
    <section className="page review-page">
      <p className="breadcrumbs">
        <Link to={`/cases/${caseId}`}>{data.childName}</Link>
      </p>
      <PageHeader title={t('timeline.heading', { name: data.childName })} actions={<CaseReviewNav caseId={caseId} current="timeline" />} />
      {data.entries.length === 0 && <EmptyState>{t('timeline.empty')}</EmptyState>}
      <ol className="timeline">
        {mergeByDate(data.entries, safetyEvents).map((entry) =>
          'link' in entry ? (
            <li key={entry.id} className="timeline__entry timeline__entry--event">
              <Link to={entry.link} className="timeline__card">
                <span className="timeline__date">
                  <strong>{formatDate(entry.at)}</strong>
                </span>
                <span className="timeline__body">{entry.text}</span>
              </Link>
            </li>
          ) : (
          <li key={entry.id} className="timeline__entry">
            <Link to={`/meetings/${entry.id}/review`} className="timeline__card">
              <span className="timeline__date">
                <strong>{formatDate(entry.startsAt)}</strong>
                <span className="muted small">{t('print.week', { week: isoWeek(new Date(entry.startsAt)).week })}</span>
              </span>
              <span className="timeline__body">
                <span className="timeline__title">
                  {t(`meetingType.${entry.type}`)}
                  {entry.status !== 'held' && <Badge tone="muted">{t(`meetingStatus.${entry.status}`)}</Badge>}
                  {entry.wellbeing && <Badge tone={WELLBEING_TONE[entry.wellbeing]}>{WELLBEING_LABELS[entry.wellbeing]}</Badge>}
                </span>
                <span className="timeline__summary">{entry.summary || t('timeline.noSummary')}</span>
                <span className="muted small">
                  {t('timeline.attendees', { count: entry.attendees.length })}: {entry.attendees.join(', ')}
                </span>
              </span>
              <span className="timeline__scaling" aria-label={t('timeline.scalingLabel')}>
                {entry.scaling.map((s, i) => (
                  <span key={i} title={s.question} className="timeline__scale">
                    <strong className="timeline__score">{s.median.toLocaleString('da-DK')}</strong>
                    <span className="muted small">
                      {t('timeline.range', { min: s.min, max: s.max, count: s.count })}
                    </span>
                  </span>
                ))}
              </span>
            </Link>
          </li>
          ),
        )}
      </ol>
    </section>
  );
}

/** Meetings and the safety plan's and Barnets bog's milestones in one list, newest first. */
function mergeByDate<M extends { startsAt: string }, E extends { at: string }>(meetings: M[], events: E[]): (M | E)[] {
  const at = (item: M | E) => ('startsAt' in item ? item.startsAt : item.at);
  return [...meetings, ...events].sort((a, b) => at(b).localeCompare(at(a)));
}
