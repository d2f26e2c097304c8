import { useTranslation } from 'react-i18next';
import { formatDateTime, isoWeek } from '../../../shared/domain/dates';
import { api } from '../../api';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { Badge } from '../../ui/Page';
import { ExportActions } from '../export/ExportActions';
import { StartMeetingButton } from './StartMeetingButton';

const TONE = { planned: 'info', running: 'warning', held: 'success', cancelled: 'muted' } as const;

/** The case's meetings on its overview: plan one, prepare it, start it, continue it, read it back. */
export function MeetingsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation('meetings');
  const loaded = useLoad(() => api['meetings.list']({ caseId }), [caseId], (e) => e.type === 'meetings.changed');
  const meetings = loaded.data ?? [];
  // Newest first: the first held one is the meeting the family's paper and the journal note are about.
  const latestHeld = meetings.find((m) => m.status === 'held');
  return (
    <section className="meetings-section" aria-labelledby="meetings-title">
      <div className="meetings-section__head">
        <h2 id="meetings-title">{t('section.title')}</h2>
        <Link to={`/cases/${caseId}/meetings/new`} className="button button--small">{t('section.plan')}</Link>
      </div>
      {loaded.data && meetings.length === 0 && <p className="muted">{t('section.empty')}</p>}
      {latestHeld && (
        <div className="meetings-section__latest" role="group" aria-labelledby="latest-meeting-title">
          <h3 id="latest-meeting-title">
            {t('section.latest', { date: formatDateTime(latestHeld.startsAt) })}{' '}
            <Link to={`/meetings/${latestHeld.id}/summary`}>{t('section.summary')}</Link>
          </h3>
          <ExportActions meetingId={latestHeld.id} />
        </div>
      )}
      <ul className="meeting-list">
        {meetings.map((m) => (
          <li key={m.id} className="meeting-row">
            <span className="meeting-row__what">
              <strong>{t(`type.${m.type}`)}</strong>{' '}
              <span className="muted">{formatDateTime(m.startsAt)} · {t('section.week', { week: isoWeek(new Date(m.startsAt)).week })}{m.place && ` · ${m.place}`}</span>
            </span>
            <Badge tone={TONE[m.status]}>{t(`status.${m.status}`)}</Badge>
            <span className="meeting-row__actions">
              {m.status === 'planned' && (<><Link to={`/meetings/${m.id}/prepare`} className="button">{t('section.prepare')}</Link><StartMeetingButton meeting={m} /></>)}
              {m.status === 'running' && <Link to={`/meetings/${m.id}`} className="button button--primary">{t('section.continue')}</Link>}
              {m.status === 'held' && <Link to={`/meetings/${m.id}/summary`} className="button">{t('section.summary')}</Link>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
