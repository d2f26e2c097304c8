import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import './followups.css';

const reloadOn = (event: { type: string }) => event.type === 'followups.changed' || event.type.startsWith('cases.') || event.type.startsWith('meetings.');

function useOverview() {
  return useLoad(() => api['followups.overview']({}), [], reloadOn);
}

/** The nav item with the in-app badge: follow-ups due within the reminder horizon plus overdue ones. */
export function FollowUpNavItem({ current }: { current: boolean }) {
  const { t } = useTranslation('followups');
  const count = useOverview().data?.attentionCount ?? 0;
  return (
    <Link to="/followups" aria-current={current ? 'page' : undefined} className="nav-with-badge">
      {t('nav')}
      {count > 0 && (
        <span className="nav-badge" aria-label={t('badge', { count })}>
          {count}
        </span>
      )}
    </Link>
  );
}

/** Counts for the start screen's header, linking to the overview. */
export function FollowUpCounts() {
  const { t } = useTranslation('followups');
  const data = useOverview().data;
  if (!data) return null;
  return (
    <p className="followup-counts">
      <Link to="/followups">
        {t('counts.upcoming', { count: data.upcoming.length })} · <span className={data.overdue.length ? 'followup-counts__overdue' : undefined}>{t('counts.overdue', { count: data.overdue.length })}</span> · {t('counts.without', { count: data.withoutNext.length })}
      </Link>
    </p>
  );
}
