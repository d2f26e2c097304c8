import { useTranslation } from 'react-i18next';
import { isOverdue } from '../../../shared/domain/agreements';
import { toIsoDay } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { Badge } from '../../ui/Page';
import { showDay } from './days';
import './agreements.css';

const SHOWN = 3;

/** The case page's "Åbne opgaver" card: the open agreements, soonest first, and the way to the plan. */
export function CaseAgreementsCard({ caseId }: { caseId: string }) {
  const { t } = useTranslation('agreements');
  const today = toIsoDay(useNow());
  const loaded = useLoad(
    () => api['agreements.listForCase']({ caseId }),
    [caseId],
    (event) => event.type === 'agreements.changed' && event.id === caseId,
  );
  const open = (loaded.data ?? [])
    .filter((a) => (a.status === 'not_started' || a.status === 'in_progress') && !a.carriedForward)
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const overdue = open.filter((a) => isOverdue(a, today)).length;

  return (
    <section className="card" aria-labelledby="coming-tasks">
      <h2 id="coming-tasks">{t('cases:overview.upcoming.tasks')}</h2>
      {open.length === 0 ? (
        <p>{t('cases:overview.upcoming.tasksEmpty')}</p>
      ) : (
        <>
          <p>
            <Badge tone="info">{t('overview.open', { count: open.length })}</Badge>{' '}
            {overdue > 0 && <Badge tone="warning">{t('overview.overdue', { count: overdue })}</Badge>}
          </p>
          <ul className="case-agreements">
            {open.slice(0, SHOWN).map((a) => (
              <li key={a.id}>
                <strong>{a.responsibleName}</strong> {a.what} <span className="muted">{showDay(a.dueDate)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Link to={`/cases/${caseId}/plan`}>{t('plan:link')} →</Link>
    </section>
  );
}
