import { useTranslation } from 'react-i18next';
import { formatDate, formatTime, isoWeek } from '../../../shared/domain/dates';
import { plannedTotalMinutes } from '../../../shared/domain/meetingTemplates';
import { Link } from '../../app/router';
import { ErrorMessage } from '../../ui/Page';
import { useMeeting } from './useMeeting';
import './print.css';

/** The agenda for the family before the meeting: plain words, printable on one page. Nothing fortroligt is on it. */
export function AgendaPrintPage({ id }: { id: string }) {
  const { t } = useTranslation('meetings');
  const loaded = useMeeting(id);
  const m = loaded.data;
  if (loaded.error && !m) return <ErrorMessage message={loaded.error.message} />;
  if (!m) return <p className="muted">{t('common:status.loading')}</p>;
  const start = new Date(m.startsAt);
  let clock = start.getTime();
  return (
    <div className="agenda-print">
      <div className="agenda-print__actions no-print">
        <Link to={`/meetings/${id}/prepare`} className="button">{t('common:actions.back')}</Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>{t('agenda.print')}</button>
      </div>
      <h1>{t('agenda.title', { type: t(`type.${m.type}`), name: m.childName })}</h1>
      <p className="agenda-print__when">
        {t('agenda.when', { date: formatDate(start), week: isoWeek(start).week, time: formatTime(start) })}
        {m.place && <> · {m.place}</>}
      </p>
      {m.purpose && (<><h2>{t('agenda.purpose')}</h2><p>{m.purpose}</p></>)}
      {m.agenda.length > 0 && (
        <>
          <h2>{t('agenda.points')}</h2>
          <ul>{m.agenda.map((a, i) => <li key={i}>{a.text}{a.proposedBy && <span className="muted"> ({t('agenda.proposedBy', { name: a.proposedBy })})</span>}</li>)}</ul>
        </>
      )}
      <h2>{t('agenda.program', { minutes: plannedTotalMinutes(m.phases) })}</h2>
      <table className="agenda-print__program">
        <tbody>
          {m.phases.map((p) => {
            const at = new Date(clock);
            clock += p.plannedMinutes * 60_000;
            return (<tr key={p.id}><td>{formatTime(at)}</td><td>{p.title}</td><td>{t('console.minutes', { count: p.plannedMinutes })}</td></tr>);
          })}
        </tbody>
      </table>
      <h2>{t('agenda.roles')}</h2>
      <dl className="agenda-print__roles">
        {m.invitedBy && (<><dt>{t('prep.invitedBy')}</dt><dd>{m.invitedBy}</dd></>)}
        <dt>{t('prep.leadKind')}</dt><dd>{[m.leadName, t(`lead.${m.leadKind}`)].filter(Boolean).join(', ')}</dd>
        {m.noteTaker && (<><dt>{t('prep.noteTaker')}</dt><dd>{m.noteTaker}</dd></>)}
        <dt>{t('prep.noteForm')}</dt><dd>{t(`noteForm.${m.noteForm}`)}</dd>
      </dl>
      {m.attendance.length > 0 && (<><h2>{t('agenda.invited')}</h2><p>{m.attendance.map((a) => a.name).join(', ')}</p></>)}
    </div>
  );
}
