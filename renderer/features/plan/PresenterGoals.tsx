import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';

/**
 * The plan's goals on the shared screen, beside the agreements that serve them (issue 17). Goals are written with
 * the family and have no fortroligt mark, so the whole list may be shown; delmål stay in the console.
 */
export function PresenterGoals({ caseId }: { caseId: string }) {
  const { t } = useTranslation('plan');
  const plan = useLoad(() => api['plan.get']({ caseId }), [caseId], (e) => e.type === 'plan.changed' && e.id === caseId);
  const goals = (plan.data?.goals ?? []).filter((g) => g.status === 'active');
  if (goals.length === 0) return null;
  return (
    <section aria-labelledby="presenter-goals" className="presenter-goals">
      <h2 id="presenter-goals" className="presenter-panel-title">{t('meeting.presenterTitle')}</h2>
      <ul>
        {goals.map((g) => (
          <li key={g.id}>{g.text}</li>
        ))}
      </ul>
    </section>
  );
}
