import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/contract/cases';
import { caseNextStep, type CaseNextStep } from '../../../shared/domain/caseNextStep';
import { formatDate } from '../../../shared/domain/dates';
import { isoWeekOfDay, toCopenhagen } from '../../../shared/domain/localTime';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { useFocusWhenLost } from '../../app/focusAfterNavigation';
import { Link } from '../../app/router';
import { useLoad } from '../../app/useLoad';
import { StartMeetingButton } from '../meeting/StartMeetingButton';
import { formatClock, formatDay, weekdayName } from '../followups/format';

interface Props {
  caseDetail: CaseDetail;
  onAddPerson(): void;
  onPlanNext(): void;
  onReopen(): void;
  /** The user closed the case on this page just now: the reopen button takes the focus the closed dialog gave up. */
  justClosed?: boolean;
}

/**
 * The top of the case page: the one thing to do now for the case's state, with one primary button, and after a
 * meeting what came out of it. Everything else on the page is the quieter reference below.
 */
export function NextStepPanel({ caseDetail: c, onAddPerson, onPlanNext, onReopen, justClosed = false }: Props) {
  const { t } = useTranslation('cases');
  const now = toCopenhagen(useNow());
  const reloadOn = (event: { type: string; id?: string }) => event.type.startsWith('meetings.') || (event.id === c.id && /^(participants|agreements|scaling)\./.test(event.type));
  const people = useLoad(() => api['participants.list']({ caseId: c.id }), [c.id], reloadOn);
  const meetings = useLoad(() => api['meetings.list']({ caseId: c.id }), [c.id], reloadOn);
  // The held meetings with what came of each (agreements, map, scaling), newest first.
  const history = useLoad(() => api['review.timeline']({ caseId: c.id }), [c.id], reloadOn);
  if (!people.data || !meetings.data || !history.data) return null;
  const step = caseNextStep({ caseOpen: c.status === 'open', participants: people.data, meetings: meetings.data, now: `${now.date}T${now.time}` });
  const last = history.data.entries.find((m) => m.status === 'held');
  const showOutcome = last && (step.kind === 'prepare_meeting' || step.kind === 'plan_next_meeting');

  return (
    <section className={`next-step next-step--${step.kind}`} aria-labelledby="next-step-title">
      <p className="next-step__label">{t('next.label')}</p>
      <h2 id="next-step-title">{title(step)}</h2>
      <p className="next-step__text">
        {t(step.kind === 'prepare_meeting' && step.soon ? 'next.prepare_meeting.soon' : `next.${step.kind}.text`, { name: c.childName, date: c.closedAt ? formatDate(c.closedAt) : '' })}
      </p>
      <div className="next-step__actions">
        <Actions step={step} caseId={c.id} onAddPerson={onAddPerson} onPlanNext={onPlanNext} onReopen={onReopen} justClosed={justClosed} />
      </div>
      {showOutcome && (
        <p className="next-step__outcome">
          <strong>{t('next.lastMeeting', { type: t(`meetings:type.${last.type}`), date: formatDate(last.startsAt) })}</strong> {last.summary}
          {last.scaling[0] && ` · ${t('next.scaled', { count: last.scaling[0].count, median: last.scaling[0].median.toLocaleString('da-DK') })}`}{' '}
          <Link to={`/meetings/${last.id}/summary`}>{t('next.readSummary')}</Link>
        </p>
      )}
    </section>
  );

  function title(s: CaseNextStep): string {
    if (s.kind !== 'prepare_meeting') return t(`next.${s.kind}.title`, { name: c.childName });
    const [date, time] = s.startsAt.split('T') as [string, string];
    return t('next.prepare_meeting.title', {
      type: t(`meetings:type.${s.type}`),
      weekday: weekdayName(t, date),
      date: formatDay(date),
      time: formatClock(time.slice(0, 5)),
      week: isoWeekOfDay(date).week,
    });
  }
}

function Actions({ step, caseId, onAddPerson, onPlanNext, onReopen, justClosed }: { step: CaseNextStep; caseId: string } & Omit<Props, 'caseDetail'>) {
  const { t } = useTranslation('cases');
  switch (step.kind) {
    case 'closed':
      return <ReopenButton onReopen={onReopen} afterUserAction={!!justClosed} />;
    case 'add_network':
      return (
        <button type="button" className="button button--primary" onClick={onAddPerson}>
          {t('next.add_network.action')}
        </button>
      );
    case 'plan_first_meeting':
      return (
        <Link to={`/cases/${caseId}/meetings/new`} className="button button--primary">
          {t('next.plan_first_meeting.action')}
        </Link>
      );
    case 'continue_meeting':
      return (
        <Link to={`/meetings/${step.meetingId}`} className="button button--primary">
          {t('next.continue_meeting.action')}
        </Link>
      );
    case 'plan_next_meeting':
      return (
        <button type="button" className="button button--primary" onClick={onPlanNext}>
          {t('next.plan_next_meeting.action')}
        </button>
      );
    case 'prepare_meeting': {
      const prepare = (
        <Link to={`/meetings/${step.meetingId}/prepare`} className={`button${step.soon ? '' : ' button--primary'}`}>
          {t('next.prepare_meeting.action')}
        </Link>
      );
      return (
        <>
          {step.soon && <StartMeetingButton meeting={{ id: step.meetingId }} />}
          {prepare}
          <Link to={`/meetings/${step.meetingId}/agenda`} className="button">
            {t('next.prepare_meeting.agenda')}
          </Link>
        </>
      );
    }
  }
}

function ReopenButton({ onReopen, afterUserAction }: { onReopen(): void; afterUserAction: boolean }) {
  const { t } = useTranslation('cases');
  const ref = useFocusWhenLost<HTMLButtonElement>(afterUserAction);
  return (
    <button type="button" className="button" onClick={onReopen} ref={ref}>
      {t('overview.reopen')}
    </button>
  );
}
