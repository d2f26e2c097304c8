import { useTranslation } from 'react-i18next';
import type { OverviewItem } from '../../../shared/contract/followups';
import { isoWeekOfDay } from '../../../shared/domain/localTime';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { Badge, EmptyState, ErrorMessage, PageHeader } from '../../ui/Page';
import { FollowUpSettingsForm } from './FollowUpSettingsForm';
import { describeStart } from './format';
import './followups.css';

const reloadOn = (event: { type: string }) => event.type === 'followups.changed' || event.type.startsWith('cases.') || event.type.startsWith('meetings.');

/** Opfølgning: what is coming (this week and the next four), what was missed, and which open cases have no next meeting. */
export function FollowUpsPage() {
  const { t } = useTranslation('followups');
  const overview = useLoad(() => api['followups.overview']({}), [], reloadOn);
  if (overview.error) return <ErrorMessage message={overview.error.message} onRetry={overview.reload} retryLabel={t('common:actions.retry')} />;
  const data = overview.data;
  if (!data) return <p className="muted">{t('common:status.loading')}</p>;
  const weeks = new Map<number, OverviewItem[]>();
  for (const item of data.upcoming) {
    const week = isoWeekOfDay(item.followUp.start.date).week;
    weeks.set(week, [...(weeks.get(week) ?? []), item]);
  }
  return (
    <section className="page followups-page">
      <PageHeader title={t('overview.title')}>
        <p className="muted">
          {t('counts.upcoming', { count: data.upcoming.length })} · {t('counts.overdue', { count: data.overdue.length })} ·{' '}
          {t('counts.without', { count: data.withoutNext.length })}
        </p>
      </PageHeader>

      <section aria-labelledby="overdue-title" className="followups-section">
        <h2 id="overdue-title">
          {t('overview.overdue')} <Badge tone={data.overdue.length ? 'warning' : 'muted'}>{data.overdue.length}</Badge>
        </h2>
        {data.overdue.length === 0 ? <p className="muted">{t('overview.noneOverdue')}</p> : <ItemList items={data.overdue} overdue />}
      </section>

      <section aria-labelledby="upcoming-title" className="followups-section">
        <h2 id="upcoming-title">
          {t('overview.upcoming')} <Badge tone="info">{data.upcoming.length}</Badge>
        </h2>
        {weeks.size === 0 && <EmptyState>{t('overview.noneUpcoming')}</EmptyState>}
        {[...weeks.entries()].map(([week, items]) => (
          <div key={week} className="followups-week">
            <h3>{t('week', { week })}</h3>
            <ItemList items={items} />
          </div>
        ))}
      </section>

      <section aria-labelledby="without-title" className="followups-section">
        <h2 id="without-title">
          {t('overview.withoutNext')} <Badge tone={data.withoutNext.length ? 'warning' : 'muted'}>{data.withoutNext.length}</Badge>
        </h2>
        {data.withoutNext.length === 0 ? (
          <p className="muted">{t('overview.allHaveNext')}</p>
        ) : (
          <ul className="followups-list">
            {data.withoutNext.map((c) => (
              <li key={c.caseId}>
                <Link to={`/cases/${c.caseId}`}>{c.childName}</Link>
                <span className="muted">{c.responsibleWorker}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <FollowUpSettingsForm />
    </section>
  );
}

function ItemList({ items, overdue = false }: { items: OverviewItem[]; overdue?: boolean }) {
  const { t } = useTranslation('followups');
  const announce = useAnnounce();
  const markHeld = async (id: string) => {
    await api['followups.markHeld']({ id });
    announce(t('overview.markedHeld'));
  };
  return (
    <ul className="followups-list">
      {items.map(({ followUp, childName, responsibleWorker }) => (
        <li key={followUp.id} className={overdue ? 'followups-list__overdue' : undefined}>
          <Link to={`/cases/${followUp.caseId}`}>{childName}</Link>
          <span>{describeStart(t, followUp.start)}</span>
          <span className="muted">{responsibleWorker}</span>
          {overdue && (
            <button type="button" className="button" onClick={() => void markHeld(followUp.id)}>
              {t('overview.markHeld')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
