import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/domain/dates';
import { highlightWords } from '../../../shared/domain/search';
import { api } from '../../api';
import { Link, navigate, useQueryParams } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { ErrorMessage, PageHeader } from '../../ui/Page';
import { ExportActions } from '../export/ExportActions';
import { MeetingContent } from './MeetingContent';
import './review.css';

/**
 * A held meeting read afterwards. Opened from a search hit it scrolls to the phase and marks the searched words;
 * the professional view (fortroligt included, marked) is a deliberate choice, the family view the default.
 */
export function MeetingReviewPage({ id }: { id: string }) {
  const { t } = useTranslation('review');
  const params = useQueryParams();
  const professional = params.get('pro') === '1';
  const phase = params.get('phase');
  const item = params.get('item') ?? undefined;
  const words = highlightWords(params.get('q') ?? '');
  const [compareWith, setCompareWith] = useState('');
  const loaded = useLoad(() => api['review.meeting']({ meetingId: id, professional }), [id, professional], (e) => e.id === id);
  const data = loaded.data;

  useEffect(() => {
    if (!data) return;
    const target = (item ? document.getElementById(`item-${item}`) : null) ?? (phase ? document.getElementById(`phase-${phase}`) : null);
    if (!target) return;
    target.classList.add('is-target');
    target.scrollIntoView({ block: 'center' });
    // The hit takes the focus: a keyboard or screen-reader user lands on it, and the navigation's own focus move
    // (to the heading, which would scroll back to the top) sees focus already placed and leaves it alone.
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  }, [data, item, phase]);

  if (loaded.error) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (!data) return <p className="muted">{t('common:status.loading')}</p>;
  const m = data.meeting;
  const toggle = () => {
    const next = new URLSearchParams(params);
    if (professional) next.delete('pro');
    else next.set('pro', '1');
    navigate(`/meetings/${id}/review?${next.toString()}`);
  };

  return (
    <section className="page review-page">
      <p className="breadcrumbs">
        <Link to={`/cases/${data.caseId}`}>{data.childName}</Link> › <Link to={`/cases/${data.caseId}/timeline`}>{t('timeline.title')}</Link>
      </p>
      <PageHeader title={`${t(`meetingType.${m.type}`)} ${formatDateTime(m.startsAt)}`}>
        {m.place && <p className="muted">{m.place}</p>}
      </PageHeader>
      <div className="review-toolbar">
        <div className="audience" role="group" aria-label={t('audience.label')}>
          <button type="button" className="button" aria-pressed={!professional} onClick={professional ? toggle : undefined}>
            {t('audience.family')}
          </button>
          <button type="button" className="button" aria-pressed={professional} onClick={professional ? undefined : toggle}>
            {t('audience.professional')}
          </button>
        </div>
        <ExportActions meetingId={id} />
        <form
          className="compare-with"
          onSubmit={(e) => {
            e.preventDefault();
            if (compareWith) navigate(`/cases/${data.caseId}/compare?a=${compareWith}&b=${id}`);
          }}
        >
          <label>
            {t('compare.with')}{' '}
            <select value={compareWith} onChange={(e) => setCompareWith(e.target.value)}>
              <option value="">{t('compare.choose')}</option>
              {data.others.map((o) => (
                <option key={o.id} value={o.id}>
                  {formatDateTime(o.startsAt)} – {t(`meetingType.${o.type}`)}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="submit" className="button" disabled={!compareWith}>
            {t('compare.go')}
          </button>
        </form>
      </div>
      {professional && <p className="notice">{t('audience.professionalNotice')}</p>}
      <MeetingContent review={data} audience={professional ? 'professional' : 'family'} words={words} targetId={item} />
    </section>
  );
}
