import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { ErrorMessage, PageHeader } from '../../ui/Page';
import { AgreementForm } from '../agreements/AgreementForm';
import { AgreementTable } from '../agreements/AgreementTable';
import { AdultTransitionNotice } from '../cases/AdultTransitionNotice';
import { FormalPlanSection } from './FormalPlanSection';
import { GoalCard } from './GoalCard';
import { GoalEditor } from './GoalEditor';
import { useSafetyGoals } from './useSafetyGoals';
import './plan.css';

/** /cases/:id/plan — the case's goals (with delmål and history), the optional formal plan, and its agreements. */
export function PlanPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('plan');
  const reloadOn = (event: { type: string; id?: string }) =>
    ['plan.changed', 'agreements.changed', 'participants.changed', 'cases.changed'].includes(event.type) && event.id === caseId;
  const plan = useLoad(() => api['plan.get']({ caseId }), [caseId], reloadOn);
  const agreements = useLoad(() => api['agreements.listForCase']({ caseId }), [caseId], reloadOn);
  const defaults = useLoad(() => api['agreements.defaults']({ caseId, meetingId: null }), [caseId], reloadOn);
  const safetyGoals = useSafetyGoals(caseId);

  if (plan.error) return <ErrorMessage message={plan.error.message} onRetry={plan.reload} retryLabel={t('common:actions.retry')} />;
  if (!plan.data) return <p className="muted">{t('common:status.loading')}</p>;
  const p = plan.data;
  const open = (agreements.data ?? []).filter((a) => !a.carriedForward);
  const goalOptions = p.goals.filter((g) => g.status === 'active').flatMap((g) => [g, ...g.subGoals]);

  return (
    <section className="page plan-page">
      <PageHeader title={`${p.childName}: ${t('title')}`} actions={<Link to={`/cases/${caseId}`} className="button">{t('common:actions.back')}</Link>} />
      <AdultTransitionNotice caseId={caseId} />
      <FormalPlanSection plan={p} />
      <section aria-labelledby="goals-heading" className="plan-goals">
        <h2 id="goals-heading">{t('goals.title')}</h2>
        {p.tooManyGoals && (
          <p className="notice too-many" role="alert">
            <strong>{t('goals.tooMany')}:</strong> {p.tooManyGoals}
          </p>
        )}
        {p.goals.length === 0 ? <p className="muted">{t('goals.empty')}</p> : p.goals.map((goal) => <GoalCard key={goal.id} goal={goal} caseId={caseId} safetyGoals={safetyGoals} />)}
        <h3 className="plan-new-goal">{t('goals.add')}</h3>
        <GoalEditor caseId={caseId} safetyGoals={safetyGoals} />
      </section>
      <section aria-labelledby="plan-agreements" className="plan-agreements">
        <h2 id="plan-agreements">{t('agreements')}</h2>
        <AgreementTable agreements={open} />
        {defaults.data && (
          <details>
            <summary>{t('agreements:form.add')}</summary>
            <AgreementForm caseId={caseId} meetingId={null} defaults={defaults.data} goals={goalOptions} />
          </details>
        )}
      </section>
    </section>
  );
}
