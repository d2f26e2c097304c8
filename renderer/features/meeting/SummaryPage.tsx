import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../shared/domain/dates';
import { KredsError } from '../../../shared/errors';
import { api } from '../../api';
import { focusHeadingIfLost } from '../../app/focusAfterNavigation';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { Badge, ErrorMessage, PageHeader } from '../../ui/Page';
import { ExportActions } from '../export/ExportActions';
import { MapSummaryBlock } from '../map/MapSummaryBlock';
import { MeetingContent } from '../review/MeetingContent';
import { useMeeting } from './useMeeting';
import './meeting.css';

/**
 * The end of a meeting (»Afslut møde«), outcome first: what was agreed, the next meeting and whom to call, the
 * family's PDF, the journal note and the professional PDF one click away — before »Markér som afholdt«, so the
 * family can leave with their paper. Below, exactly what the family's paper holds (no fortroligt notes).
 */
export function SummaryPage({ id }: { id: string }) {
  const { t } = useTranslation('meetings');
  const announce = useAnnounce();
  const loaded = useMeeting(id);
  const caseId = useRef<string | null>(null);
  const review = useLoad(() => api['review.meeting']({ meetingId: id, professional: false }), [id], (e) => e.id === id || (!!caseId.current && e.id === caseId.current));
  caseId.current = review.data?.caseId ?? null;
  const [error, setError] = useState<string | null>(null);
  const m = loaded.data;
  // »Markér som afholdt« disappears once the host reports the meeting held: the keyboard goes on from the heading.
  const justMarked = useRef(false);
  useEffect(() => {
    if (m?.status !== 'held' || !justMarked.current) return;
    justMarked.current = false;
    focusHeadingIfLost();
  }, [m?.status]);
  const failed = loaded.error ?? review.error;
  if (failed && !m) return <ErrorMessage message={failed.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
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
              <button type="button" className="button" onClick={() => void markHeld()}>
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
      <section className="summary__takeaway" aria-labelledby="takeaway-title">
        <h2 id="takeaway-title">{t('summary.takeaway')}</h2>
        <ExportActions meetingId={id} />
      </section>
      {review.data ? (
        <MeetingContent review={review.data} audience="family" fix={{ caseId: m.caseId, meetingId: id }} />
      ) : (
        <p className="muted">{t('common:status.loading')}</p>
      )}
      <p className="muted small">{t('summary.familyVersion')}</p>
      <MapSummaryBlock meetingId={m.id} />
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
