import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration, elapsedSeconds } from '../../../shared/domain/meetings';
import { formatDate, formatDateTime } from '../../../shared/domain/dates';
import { KredsError } from '../../../shared/errors';
import { api } from '../../api';
import { focusHeadingIfLost } from '../../app/focusAfterNavigation';
import { useNow } from '../../app/AppInfo';
import { Link } from '../../app/router';
import { useAnnounce } from '../../ui/Announcer';
import { Badge, ErrorMessage, PageHeader } from '../../ui/Page';
import { DocView } from './DocView';
import { useMeeting } from './useMeeting';
import './meeting.css';
import { MapSummaryBlock } from '../map/MapSummaryBlock';

/** The end of a meeting: who attended and the notes per phase; confirming it marks the meeting afholdt. */
export function SummaryPage({ id }: { id: string }) {
  const { t } = useTranslation('meetings');
  const announce = useAnnounce();
  const now = useNow();
  const loaded = useMeeting(id);
  const [error, setError] = useState<string | null>(null);
  const m = loaded.data;
  // »Markér som afholdt« disappears once the host reports the meeting held: the keyboard goes on from the heading.
  const justMarked = useRef(false);
  useEffect(() => {
    if (m?.status !== 'held' || !justMarked.current) return;
    justMarked.current = false;
    focusHeadingIfLost();
  }, [m?.status]);
  if (loaded.error && !m) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (!m) return <p className="muted">{t('common:status.loading')}</p>;

  const markHeld = async () => {
    try {
      await api['meetings.end']({ id });
      announce(t('summary.markedHeld'));
      justMarked.current = true;
    } catch (e) {
      setError(e instanceof KredsError ? e.message : String(e));
    }
  };
  const byStatus = (status: string) => m.attendance.filter((a) => a.status === status);
  return (
    <section className="page summary">
      <PageHeader
        title={t('summary.title', { type: t(`type.${m.type}`), date: formatDate(m.startsAt) })}
        actions={
          <>
            <Link to={`/meetings/${id}`} className="button">
              {m.status === 'running' ? t('summary.backToMeeting') : t('summary.editNotes')}
            </Link>
            {m.status === 'running' && (
              <button type="button" className="button button--primary" onClick={() => void markHeld()}>
                {t('summary.markHeld')}
              </button>
            )}
          </>
        }
      >
        <p className="case-facts">
          <Link to={`/cases/${m.caseId}`}>{m.childName}</Link>
          <Badge tone={m.status === 'held' ? 'success' : 'info'}>{t(`status.${m.status}`)}</Badge>
          {m.place && <span>{m.place}</span>}
        </p>
      </PageHeader>
      {error && <ErrorMessage message={error} />}
      {m.status === 'running' && <p className="notice">{t('summary.notYetHeld')}</p>}
      <section aria-labelledby="who-title" className="summary__block">
        <h2 id="who-title">{t('summary.attended')}</h2>
        <ul className="summary__people">
          {(['present', 'phone', 'absent', 'invited'] as const).map((s) =>
            byStatus(s).length ? (
              <li key={s}>
                <strong>{t(`summary.group.${s}`)}:</strong> {byStatus(s).map((a) => a.name).join(', ')}
              </li>
            ) : null,
          )}
        </ul>
      </section>
      <MapSummaryBlock meetingId={m.id} />
      <section aria-labelledby="notes-sum-title" className="summary__block">
        <h2 id="notes-sum-title">{t('summary.notes')}</h2>
        {m.phases.map((p) => {
          const shared = m.notes.find((n) => n.phaseId === p.id && n.kind === 'shared');
          const secret = m.notes.find((n) => n.phaseId === p.id && n.kind === 'confidential');
          return (
            <article key={p.id} className="summary__phase">
              <h3>
                {p.title} <span className="muted small">{t('summary.time', { used: formatDuration(elapsedSeconds(p, now)), planned: p.plannedMinutes })}</span>
              </h3>
              {shared?.text ? <DocView doc={shared.doc} /> : <p className="muted small">{t('summary.noNotes')}</p>}
              {secret?.text && (
                <div className="summary__confidential">
                  <Badge tone="warning">{t('notes.confidentialBadge')}</Badge>
                  <DocView doc={secret.doc} />
                </div>
              )}
            </article>
          );
        })}
      </section>
      {m.taskDrafts.length > 0 && (
        <section aria-labelledby="drafts-sum-title" className="summary__block">
          <h2 id="drafts-sum-title">{t('drafts.title')}</h2>
          <ul>
            {m.taskDrafts.map((d) => (
              <li key={d.id}>{d.text}</li>
            ))}
          </ul>
        </section>
      )}
      {m.edits.length > 0 && (
        <section aria-labelledby="edits-title" className="summary__block">
          <h2 id="edits-title">{t('summary.edits')}</h2>
          <ul>
            {m.edits.map((e, i) => (
              <li key={i}>{t('summary.edit', { what: e.what, who: e.editedBy, when: formatDateTime(e.editedAt) })}</li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
