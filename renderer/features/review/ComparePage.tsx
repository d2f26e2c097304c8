import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/domain/dates';
import { earlierFirst } from '../../../shared/domain/review';
import { api } from '../../api';
import { Link, navigate, useQueryParams } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { EmptyState, ErrorMessage, PageHeader } from '../../ui/Page';
import { CaseReviewNav } from './CaseReviewNav';
import { CompareView } from './CompareView';
import './review.css';

/** Pick two meetings of the case and see them side by side. Defaults to the first and the latest. */
export function ComparePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('review');
  const params = useQueryParams();
  const professional = params.get('pro') === '1';
  const meetings = useLoad(() => api['review.timeline']({ caseId }), [caseId]);
  const entries = meetings.data?.entries ?? [];
  const { earlier: a, later: b } = earlierFirst(entries, params.get('a') ?? entries.at(-1)?.id ?? '', params.get('b') ?? entries[0]?.id ?? '');
  const go = (next: { a?: string; b?: string; pro?: boolean }) => {
    const pair = earlierFirst(entries, next.a ?? a, next.b ?? b);
    const query = new URLSearchParams({ a: pair.earlier, b: pair.later });
    if (next.pro ?? professional) query.set('pro', '1');
    navigate(`/cases/${caseId}/compare?${query.toString()}`);
  };
  if (meetings.error) return <ErrorMessage message={meetings.error.message} onRetry={meetings.reload} retryLabel={t('common:actions.retry')} />;
  if (!meetings.data) return <p className="muted">{t('common:status.loading')}</p>;
  const options = [...entries].reverse().map((e) => (
    <option key={e.id} value={e.id}>
      {formatDate(e.startsAt)} – {t(`meetingType.${e.type}`)}
    </option>
  ));
  return (
    <section className="page review-page">
      <p className="breadcrumbs">
        <Link to={`/cases/${caseId}`}>{meetings.data.childName}</Link>
      </p>
      <PageHeader title={t('compare.heading', { name: meetings.data.childName })} actions={<CaseReviewNav caseId={caseId} current="compare" />} />
      {entries.length < 2 ? (
        <EmptyState>{t('compare.needTwo')}</EmptyState>
      ) : (
        <>
          <div className="filters">
            <label>
              {t('compare.then')}
              <select value={a} onChange={(e) => go({ a: e.target.value })}>
                {options}
              </select>
            </label>
            <label>
              {t('compare.now')}
              <select value={b} onChange={(e) => go({ b: e.target.value })}>
                {options}
              </select>
            </label>
            <label className="search-page__check">
              <span>
                <input type="checkbox" checked={professional} onChange={(e) => go({ pro: e.target.checked })} /> {t('audience.showConfidential')}
              </span>
            </label>
          </div>
          {a && b && a !== b ? <CompareLoaded earlierId={a} laterId={b} professional={professional} /> : <EmptyState>{t('compare.chooseTwo')}</EmptyState>}
        </>
      )}
    </section>
  );
}

function CompareLoaded({ earlierId, laterId, professional }: { earlierId: string; laterId: string; professional: boolean }) {
  const { t } = useTranslation('review');
  const loaded = useLoad(() => api['review.compare']({ earlierId, laterId, professional }), [earlierId, laterId, professional]);
  if (loaded.error) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (!loaded.data) return <p className="muted">{t('common:status.loading')}</p>;
  return <CompareView view={loaded.data} />;
}
