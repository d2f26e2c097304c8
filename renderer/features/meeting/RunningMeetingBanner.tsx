import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';

/** After a crash or a restart, the meeting in progress is one click away: same phase, all notes. */
export function RunningMeetingBanner() {
  const { t } = useTranslation('meetings');
  const running = useLoad(() => api['meetings.running']({}), [], (e) => e.type === 'meetings.changed');
  if (!running.data?.length) return null;
  return (
    <div className="running-banner" role="region" aria-label={t('banner.label')}>
      {running.data.map((m) => (
        <p key={m.id}>
          {t('banner.text', { type: t(`type.${m.type}`), name: m.childName })}{' '}
          <Link to={`/meetings/${m.id}`} className="button button--primary">{t('banner.continue')}</Link>
        </p>
      ))}
    </div>
  );
}
