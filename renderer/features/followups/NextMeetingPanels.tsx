import { useTranslation } from 'react-i18next';
import { isoWeekOfDay } from '../../../shared/domain/localTime';
import { api } from '../../api';
import { useLoad } from '../../app/useLoad';
import type { PhasePanelProps } from '../meeting/phasePanels';
import { formatClock, formatDay, meetingLocalStart, weekdayName } from './format';
import { NextMeetingPlanner } from './NextMeetingPlanner';
import './followups.css';

/** Console (facilitator laptop): the proposal, the one-click window and the invitation. */
export function NextMeetingConsolePanel({ meeting, caseId }: PhasePanelProps) {
  return <NextMeetingPlanner caseId={caseId} meetingStart={meetingLocalStart(meeting.startsAt)} fromMeetingId={meeting.id} defaultLocation={meeting.place} />;
}

/**
 * Presenter (shared screen): the agreed date in large type, readable from the back of the room. Only the date,
 * time, week and place are shown: nothing from the case.
 */
export function NextMeetingPresenterPanel({ meeting, caseId }: PhasePanelProps) {
  const { t } = useTranslation('followups');
  const loaded = useLoad(
    () => api['followups.forCase']({ caseId }),
    [caseId],
    (event) => event.type === 'followups.changed' && event.id === caseId,
  );
  // Only what this meeting agreed: a date planned earlier is not yet agreed by the people in the room.
  const planned = loaded.data?.planned;
  const next = planned && planned.fromMeetingId === meeting.id ? planned : null;
  if (!next) {
    return (
      <div className="presenter-next">
        <p className="presenter-next__label">{t('presenter.title')}</p>
        <p className="presenter-next__pending">{t('presenter.pending')}</p>
      </div>
    );
  }
  const { date, time } = next.start;
  return (
    <div className="presenter-next" aria-live="polite">
      <p className="presenter-next__label">{t('presenter.title')}</p>
      <p className="presenter-next__weekday">{weekdayName(t, date)}</p>
      <p className="presenter-next__date">{formatDay(date)}</p>
      <p className="presenter-next__meta">
        <span>{t('week', { week: isoWeekOfDay(date).week })}</span>
        <span>{t('presenter.time', { time: formatClock(time) })}</span>
      </p>
      {next.location && <p className="presenter-next__place">{next.location}</p>}
    </div>
  );
}
