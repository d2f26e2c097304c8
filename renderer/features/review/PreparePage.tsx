import { useTranslation } from 'react-i18next';
import { AGREEMENT_STATUS_LABELS, REVIEW_OUTCOME_LABELS } from '../../../shared/domain/agreements';
import type { AgreementRecord } from '../../../shared/domain/review';
import { formatDate, formatDateTime } from '../../../shared/domain/dates';
import { GOAL_STATUS_LABELS, PROGRESS_STATUS_LABELS } from '../../../shared/domain/plan';
import { highlightWords } from '../../../shared/domain/search';
import { api } from '../../api';
import { Link, useQueryParams } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { ErrorMessage, PageHeader } from '../../ui/Page';
import { HighlightText } from '../search/Highlighted';
import { AgreementsTable } from './AgreementsTable';
import { CaseReviewNav } from './CaseReviewNav';
import { ScalingTrendTable } from './ScalingTrendTable';
import { SafetyPrepareSection } from '../safetyPlan/SafetyPrepareSection';
import './review.css';

function AgreementRows({ agreements }: { agreements: AgreementRecord[] }) {
  return (
    <AgreementsTable
      agreements={agreements}
      status={(a) => (
        <>
          {a.review ? REVIEW_OUTCOME_LABELS[a.review.outcome] : AGREEMENT_STATUS_LABELS[a.status]}
          {a.review?.comment && <span className="muted"> – {a.review.comment}</span>}
        </>
      )}
    />
  );
}

/** Før næste møde: ten minutes of reading before a follow-up, on one page that also prints. */
export function PreparePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('review');
  const words = highlightWords(useQueryParams().get('q') ?? '');
  const loaded = useLoad(() => api['review.prepare']({ caseId }), [caseId]);
  const data = loaded.data;
  if (loaded.error) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (!data) return <p className="muted">{t('common:status.loading')}</p>;
  return (
    <section className="page review-page prepare-page">
      <p className="breadcrumbs no-print">
        <Link to={`/cases/${caseId}`}>{data.childName}</Link>
      </p>
      <PageHeader
        title={t('prepare.heading', { name: data.childName })}
        actions={
          <>
            <button type="button" className="button button--primary no-print" onClick={() => window.print()}>
              {t('print.print')}
            </button>
            <CaseReviewNav caseId={caseId} current="prepare" />
          </>
        }
      >
        <p className="muted">
          {data.nextMeeting ? t('prepare.next', { when: formatDateTime(data.nextMeeting.startsAt), place: data.nextMeeting.place ? `, ${data.nextMeeting.place}` : '' }) : t('prepare.noNext')}
          {data.lastMeeting && ` · ${t('prepare.last', { when: formatDate(data.lastMeeting.startsAt) })}`}
        </p>
      </PageHeader>
      <div className="prepare-grid">
        <section className="review-section prepare-wide">
          <h2>{t('prepare.agreements')}</h2>
          {data.agreements.length ? <AgreementRows agreements={data.agreements} /> : <p className="muted">{t('meeting.noAgreements')}</p>}
          {data.olderOpen.length > 0 && (
            <>
              <h3>{t('prepare.olderOpen')}</h3>
              <AgreementRows agreements={data.olderOpen} />
            </>
          )}
        </section>
        <section className="review-section">
          <h2>{t('prepare.dangers')}</h2>
          <ul>{data.dangerStatements.map((d, i) => <li key={i}>{d}</li>)}</ul>
          <h2>{t('prepare.safetyGoals')}</h2>
          <ul>{data.safetyGoals.map((g, i) => <li key={i}>{g}</li>)}</ul>
        </section>
        <section className="review-section">
          <h2>{t('prepare.openQuestions')}</h2>
          {data.openQuestions.length ? <ul>{data.openQuestions.map((q, i) => <li key={i}>{q}</li>)}</ul> : <p className="muted">{t('prepare.noQuestions')}</p>}
        </section>
        <section className="review-section prepare-wide">
          <h2>{t('prepare.trend')}</h2>
          <ScalingTrendTable meetings={data.trend.meetings} series={data.trend.series} />
        </section>
        <section className="review-section prepare-wide">
          <h2>{t('prepare.goals')}</h2>
          <ul className="goal-list">
            {data.goals.map((g) => {
              const latest = g.progress.at(-1);
              return (
                <li key={g.id} className={g.parentId ? 'goal--sub' : ''}>
                  <HighlightText text={g.text} words={words} />{' '}
                  <span className="muted">
                    {GOAL_STATUS_LABELS[g.status]}
                    {latest?.status && ` · ${PROGRESS_STATUS_LABELS[latest.status]}`}
                    {latest?.score != null && ` (${latest.score}/10)`}
                    {g.deadline && ` · ${t('plan.deadline', { date: formatDate(g.deadline) })}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
        <SafetyPrepareSection caseId={caseId} />
      </div>
    </section>
  );
}
