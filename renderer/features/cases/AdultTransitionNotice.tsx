import { useTranslation } from 'react-i18next';
import { adultTransition } from '../../../shared/domain/caseDefaults';
import { formatDate } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { useLoad } from '../../app/useLoad';
import './caseOverview.css';

/**
 * From the year the young person turns 17: the way to adult life (efterværn, support 18–22 under Barnets Lov), with
 * the 18th birthday approximated from the birth year and said to be approximate. On the case, the plan and the
 * meeting's preparation; give it the case when it is at hand, else its id.
 */
export function AdultTransitionNotice({ caseId, person }: { caseId: string; person?: { childName: string; birthYear: number } }) {
  const { t } = useTranslation('cases');
  const now = useNow();
  const loaded = useLoad(() => (person ? Promise.resolve(person) : api['cases.get']({ id: caseId })), [caseId, person?.birthYear]);
  const c = person ?? loaded.data;
  const transition = c ? adultTransition(c.birthYear, now) : null;
  if (!c || !transition) return null;
  const values = { name: c.childName, year: transition.eighteenIn, date: formatDate(`${transition.approxBirthday}T12:00:00`) };
  const when = transition.eighteenIn > now.getFullYear() ? 'future' : transition.eighteenIn === now.getFullYear() ? 'thisYear' : 'past';
  return (
    <aside className="notice notice--info adult-transition" aria-labelledby={`adult-${caseId}`} data-testid="adult-transition">
      <h2 id={`adult-${caseId}`} className="adult-transition__title">
        {t('adult.title')}
      </h2>
      <p>{t(`adult.${when}`, values)}</p>
      <p>{t('adult.body')}</p>
    </aside>
  );
}
