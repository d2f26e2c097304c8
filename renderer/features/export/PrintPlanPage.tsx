import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../shared/domain/dates';
import { GOAL_STATUS_LABELS, PLAN_KIND_LABELS, PROGRESS_STATUS_LABELS } from '../../../shared/domain/plan';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import { ErrorMessage } from '../../ui/Page';
import { AgreementsTable } from '../review/AgreementsTable';
import { PrintFrame } from './PrintFrame';

/** The child's plan on paper: goals with sub-goals and their latest progress, open agreements, next meeting. */
export function PrintPlanPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('review');
  const loaded = useLoad(() => api['review.plan']({ caseId }), [caseId]);
  const data = loaded.data;
  if (loaded.error) return <ErrorMessage message={loaded.error.message} />;
  if (!data) return null;
  const top = data.goals.filter((g) => !g.parentId);
  return (
    <PrintFrame ready={!loaded.loading} municipality={data.municipality}>
      <header className="print-doc__header">
        {data.municipality && <p className="print-doc__municipality">{data.municipality}</p>}
        <h1>{data.planKind ? `${PLAN_KIND_LABELS[data.planKind]} – ${data.childName}` : t('plan.title', { name: data.childName })}</h1>
        <p>{data.madeOn ? t('plan.madeOn', { date: formatDate(data.madeOn) }) : t('plan.informal')}</p>
      </header>
      <section className="review-section">
        <h2>{t('plan.goals')}</h2>
        {top.length === 0 && <p>{t('plan.noGoals')}</p>}
        <ol className="plan-goals">
          {top.map((goal) => {
            const latest = goal.progress.at(-1);
            return (
              <li key={goal.id}>
                <strong>{goal.text}</strong>
                <p className="muted">
                  {goal.deadline && `${t('plan.deadline', { date: formatDate(goal.deadline) })} · `}
                  {GOAL_STATUS_LABELS[goal.status]}
                  {latest?.status && ` · ${PROGRESS_STATUS_LABELS[latest.status]}`}
                  {latest?.score != null && ` (${latest.score}/10)`}
                </p>
                <ul>
                  {data.goals
                    .filter((g) => g.parentId === goal.id)
                    .map((sub) => (
                      <li key={sub.id}>{sub.text}</li>
                    ))}
                </ul>
              </li>
            );
          })}
        </ol>
      </section>
      <section className="review-section">
        <h2>{t('plan.agreements')}</h2>
        <AgreementsTable agreements={data.openAgreements} />
      </section>
      <section className="review-section">
        <h2>{t('meeting.next')}</h2>
        <p>{data.nextMeeting ? formatDateTime(data.nextMeeting.startsAt) : t('print.noNext')}</p>
      </section>
    </PrintFrame>
  );
}
