import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementsOverview } from '../../../shared/contract/agreements';
import { groupAgreements } from '../../../shared/domain/agreements';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { Badge, EmptyState, ErrorMessage, PageHeader } from '../../ui/Page';
import { showDay } from './days';
import './agreements.css';

/** /agreements — open and overdue agreements across cases, by case or by responsible person, optionally only mine. */
export function AgreementsOverviewPage() {
  const { t } = useTranslation('agreements');
  const [by, setBy] = useState<'case' | 'person'>('case');
  const [mine, setMine] = useState(false);
  const overview = useLoad(() => api['agreements.overview']({ mine }), [mine], (event) => event.type === 'agreements.changed');
  const data = overview.data;

  if (overview.error) return <ErrorMessage message={overview.error.message} onRetry={overview.reload} retryLabel={t('common:actions.retry')} />;
  if (!data) return <p className="muted">{t('common:status.loading')}</p>;
  const groups = groupAgreements(data.items, by);

  return (
    <section className="page">
      <PageHeader title={t('overview.title')}>
        <p className="overview-counts">
          <Badge tone="info">{t('overview.open', { count: data.openCount })}</Badge>
          {data.overdueCount > 0 && <Badge tone="warning">{t('overview.overdue', { count: data.overdueCount })}</Badge>}
        </p>
      </PageHeader>
      <div className="filters">
        <label>
          {t('overview.groupBy')}
          <select value={by} onChange={(e) => setBy(e.target.value as 'case' | 'person')}>
            <option value="case">{t('overview.byCase')}</option>
            <option value="person">{t('overview.byPerson')}</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={mine} onChange={(e) => setMine(e.target.checked)} /> {data.myName ? t('overview.mineAs', { name: data.myName }) : t('overview.mine')}
        </label>
        {/* The profile already says who the user is (first run, Indstillinger): ask only when it does not. */}
        {!data.myName && <MyName overview={data} />}
      </div>
      {mine && !data.myName && <p className="notice">{t('overview.pickName')}</p>}
      {groups.length === 0 ? (
        <EmptyState>{t('overview.empty')}</EmptyState>
      ) : (
        <div className="overview-groups">
          {groups.map((group) => (
            <section key={group.key} aria-label={group.label}>
              <h2>{by === 'case' ? <Link to={`/cases/${group.items[0]!.caseId}/plan`}>{group.label}</Link> : group.label}</h2>
              <table className="agreement-table">
                <thead>
                  <tr>
                    <th scope="col" className="agreement-table__col-who">{by === 'case' ? t('columns.who') : t('columns.case')}</th>
                    <th scope="col">{t('columns.what')}</th>
                    <th scope="col" className="agreement-table__col-when">{t('columns.when')}</th>
                    <th scope="col" className="agreement-table__col-status">{t('columns.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.items.map((item) => (
                    <tr key={item.id}>
                      <td className="agreement-table__who">{by === 'case' ? item.responsibleName : item.childName}</td>
                      <td>{item.what}</td>
                      <td>
                        {showDay(item.dueDate)} {item.overdue && <Badge tone="warning">{t('overview.overdueBadge')}</Badge>}
                      </td>
                      <td>{t(`status.${item.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
      )}
      {data.items.length < data.openCount && <p className="muted">{t('overview.more', { shown: data.items.length, total: data.openCount })}</p>}
    </section>
  );
}

/** The user's own name for "Kun mine": typed, or picked from the names that hold open agreements. */
function MyName({ overview }: { overview: AgreementsOverview }) {
  const { t } = useTranslation('agreements');
  const announce = useAnnounce();
  const [name, setName] = useState(overview.myName ?? '');
  const save = async () => {
    await api['agreements.setMyName']({ name });
    announce(t('overview.nameSaved'));
  };
  return (
    <div className="my-name">
      <label>
        {t('overview.myName')}
        <input list="responsible-names" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} title={t('overview.myNameHint')} />
      </label>
      <datalist id="responsible-names">
        {overview.responsibleNames.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <button type="button" className="button button--small" onClick={() => void save()} disabled={name.trim() === (overview.myName ?? '')}>
        {t('overview.saveName')}
      </button>
    </div>
  );
}
