import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp, ProposalView } from '../../../shared/contract/followups';
import { BOOKING_LENGTHS, bookingMinutes, checkChosenStart } from '../../../shared/domain/followups';
import { DEFAULT_TEMPLATES, plannedTotalMinutes } from '../../../shared/domain/meetingTemplates';
import { toCopenhagen, type LocalDateTime } from '../../../shared/domain/localTime';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { useFocusWhenLost } from '../../app/focusAfterNavigation';
import { useSubmit } from '../../app/useForm';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { SelectField, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { ErrorMessage } from '../../ui/Page';
import { CadenceRule } from './CadenceRule';
import { DanishDateTimeFields } from './DanishDateTimeFields';
import { DateWarnings } from './DateWarnings';
import { describeStart, formatDay, weekdayName } from './format';
import { InvitationActions } from './InvitationActions';
import { WindowDayPicker } from './WindowDayPicker';
import './followups.css';

interface PlannerProps {
  caseId: string;
  /** The meeting the next one follows; gives the window. */
  meetingStart: LocalDateTime;
  /** Set when planning inside a meeting (the Næste møde phase). */
  fromMeetingId?: string | null;
  /** Where the meeting is: the next one is usually in the same place. */
  defaultLocation?: string;
}

/** Proposes the next meeting, lets the facilitator take it or pick another day, then offers the invitation. */
export function NextMeetingPlanner({ caseId, meetingStart, fromMeetingId = null, defaultLocation = '' }: PlannerProps) {
  const { t } = useTranslation('followups');
  const view = useLoad(
    () => api['followups.propose']({ caseId, meetingStart }),
    [caseId, meetingStart.date, meetingStart.time],
    (event) => event.type === 'followups.changed' && event.id === caseId,
  );
  const settings = useLoad(() => api['followups.settings']({}), []);
  const [editing, setEditing] = useState(false);
  const [cancelled, setCancelled] = useState<FollowUp | null>(null);
  // Set when the user saves or asks to move: the part that replaces the pressed button takes the focus.
  const acted = useRef(false);
  if (view.error) return <ErrorMessage message={view.error.message} onRetry={view.reload} retryLabel={t('common:actions.retry')} />;
  if (!view.data || !settings.data) return <p className="muted">{t('common:status.loading')}</p>;
  const agreed = agreedFollowUp(view.data, fromMeetingId);
  if (agreed && !editing) {
    return (
      <section className="planner" aria-labelledby="planner-title">
        <PlannerTitle afterUserAction={acted.current}>{t('planner.agreedTitle')}</PlannerTitle>
        <p className="planner__agreed">{describeStart(t, agreed.start)}</p>
        {agreed.location && <p className="muted">{agreed.location}</p>}
        {agreed.outsideWindowReason && <p className="muted small">{t('planner.outsideReasonShown', { reason: agreed.outsideWindowReason })}</p>}
        <div className="invite__buttons">
          <button
            type="button"
            className="button"
            onClick={() => {
              acted.current = true;
              setEditing(true);
            }}
          >
            {t('planner.move')}
          </button>
          <CancelFollowUp followUp={agreed} onCancelled={setCancelled} />
        </div>
        <InvitationActions followUp={agreed} />
        <CadenceRule cadence={view.data.cadence} isFirst={view.data.nextIsFirst} />
      </section>
    );
  }
  return (
    <>
      {cancelled && (
        <div className="notice planner__cancelled">
          <p>{t('planner.cancelledNotice', { when: describeStart(t, cancelled.start) })}</p>
          <InvitationActions followUp={cancelled} />
        </div>
      )}
      <PlannerForm
        // A new proposal (another cadence, a saved or cancelled follow-up) starts the form afresh.
        key={`${view.data.proposal.start.date}|${view.data.proposal.window.earliest}|${agreed?.id ?? ''}|${agreed?.sequence ?? ''}`}
        view={view.data}
        caseId={caseId}
        meetingStart={meetingStart}
        fromMeetingId={fromMeetingId}
        moving={agreed}
        initial={agreed?.start ?? view.data.proposal.start}
        initialLocation={agreed?.location ?? defaultLocation}
        duration={agreed?.durationMinutes ?? bookingMinutes(settings.data.defaultDurationMinutes, FOLLOW_UP_MINUTES)}
        afterUserAction={acted.current}
        onDone={() => {
          acted.current = true;
          setEditing(false);
          setCancelled(null);
        }}
      />
    </>
  );
}

// The follow-up this planner books is planned with the built-in follow-up phases (followupMeetings.ts): its length.
const FOLLOW_UP_MINUTES = plannedTotalMinutes(DEFAULT_TEMPLATES.follow_up);

/** Saving turns the form into the agreed meeting (and »Flyt« back): the keyboard follows to the new heading. */
function PlannerTitle({ children, afterUserAction }: { children: ReactNode; afterUserAction: boolean }) {
  const ref = useFocusWhenLost<HTMLHeadingElement>(afterUserAction);
  return (
    <h3 id="planner-title" ref={ref} tabIndex={-1}>
      {children}
    </h3>
  );
}

/** The follow-up this planner shows as agreed: the one this meeting planned, or (outside a meeting) the case's next. */
function agreedFollowUp(view: ProposalView, fromMeetingId: string | null): FollowUp | null {
  if (!view.planned) return null;
  return fromMeetingId ? (view.planned.fromMeetingId === fromMeetingId ? view.planned : null) : view.planned;
}

interface FormProps extends PlannerProps {
  view: ProposalView;
  /** The agreed follow-up being moved: it keeps its own window (and UID). */
  moving: FollowUp | null;
  initial: LocalDateTime;
  initialLocation: string;
  duration: number;
  /** The form replaces what the user just pressed (»Flyt mødet«): it takes the focus. */
  afterUserAction: boolean;
  onDone(): void;
}

function PlannerForm({ view, caseId, meetingStart, fromMeetingId, moving, initial, initialLocation, duration, afterUserAction, onDone }: FormProps) {
  const { t } = useTranslation('followups');
  const announce = useAnnounce();
  const now = toCopenhagen(useNow());
  const [start, setStart] = useState<LocalDateTime>(initial);
  const [minutes, setMinutes] = useState(duration);
  const [location, setLocation] = useState(initialLocation);
  const [reason, setReason] = useState('');
  const [confirmTime, setConfirmTime] = useState(false);
  const { proposal } = view;
  const window = moving ? moving.window : proposal.window;
  const check = checkChosenStart(start, window, now);
  const submit = useSubmit(
    () =>
      api['followups.save']({
        caseId,
        fromMeetingId,
        meetingStart: moving ? null : meetingStart,
        start,
        durationMinutes: minutes,
        location,
        outsideWindowReason: check.needsReason ? reason : undefined,
        confirmUnusualTime: confirmTime,
      }),
    (saved) => {
      announce(t('planner.saved', { when: describeStart(t, saved.start) }));
      onDone();
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  const choose = (date: string) => setStart((s) => ({ ...s, date }));

  return (
    <form className="planner form" onSubmit={onSubmit} noValidate aria-labelledby="planner-title">
      <PlannerTitle afterUserAction={afterUserAction}>{moving ? t('planner.moveTitle') : t('planner.title')}</PlannerTitle>
      {moving ? (
        <p className="planner__label">{t('planner.movingFrom', { when: describeStart(t, moving.start) })}</p>
      ) : (
        <div className="planner__proposal">
          <p className="planner__label">{t('planner.proposal')}</p>
          <p className="planner__agreed">{describeStart(t, proposal.start)}</p>
          {proposal.movedFrom && (
            <p className="planner__moved">
              {t('planner.movedFrom', {
                date: `${weekdayName(t, proposal.movedFrom.date)} ${formatDay(proposal.movedFrom.date)}`,
                reason: proposal.movedFrom.reason === 'weekend' ? t('planner.weekend') : proposal.movedFrom.reason,
              })}
            </p>
          )}
          {(start.date !== proposal.start.date || start.time !== proposal.start.time) && (
            <button type="button" className="button" onClick={() => setStart(proposal.start)}>
              {t('planner.takeProposal')}
            </button>
          )}
        </div>
      )}
      <CadenceRule cadence={view.cadence} isFirst={view.nextIsFirst} window={window ?? undefined} />
      {window && <WindowDayPicker window={window} chosen={start.date} onChoose={choose} />}
      <div className="planner__fields">
        <DanishDateTimeFields value={start} onChange={setStart} errors={submit.fieldErrors} />
        <SelectField
          label={t('planner.duration')}
          value={String(minutes)}
          onChange={(e) => setMinutes(Number(e.target.value))}
          hint={t('planner.durationHint', { minutes: FOLLOW_UP_MINUTES })}
          options={[...new Set([...BOOKING_LENGTHS, duration, minutes])].sort((a, b) => a - b).map((m) => ({ value: String(m), label: t('planner.minutes', { count: m }) }))}
        />
        <TextField label={t('planner.location')} value={location} onChange={(e) => setLocation(e.target.value)} maxLength={200} />
      </div>
      <DateWarnings check={check} onChoose={choose} />
      {check.needsReason && !check.blocked && (
        <TextField
          label={t('planner.outsideReason')}
          hint={t('planner.outsideReasonHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={submit.fieldErrors.outsideWindowReason}
          maxLength={300}
        />
      )}
      {check.needsTimeConfirmation && (
        <label className="checkbox notice">
          <input type="checkbox" checked={confirmTime} onChange={(e) => setConfirmTime(e.target.checked)} />
          {t('planner.confirmTime', { time: start.time.replace(':', '.') })}
        </label>
      )}
      {submit.formError && !Object.keys(submit.fieldErrors).length && <p className="field__error">{submit.formError}</p>}
      <FormActions label={t('planner.save', { when: describeStart(t, start) })} disabled={submit.busy || check.blocked} />
    </form>
  );
}

/** Two clicks (ask, then confirm) so a stray click does not cancel everyone's meeting. */
function CancelFollowUp({ followUp, onCancelled }: { followUp: FollowUp; onCancelled(cancelled: FollowUp): void }) {
  const { t } = useTranslation('followups');
  const announce = useAnnounce();
  const [asking, setAsking] = useState(false);
  const cancel = async () => {
    onCancelled(await api['followups.cancel']({ id: followUp.id }));
    announce(t('planner.cancelled'));
  };
  if (!asking) {
    return (
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('planner.cancel')}
      </button>
    );
  }
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => void cancel()}>
        {t('planner.cancelConfirm')}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {t('common:actions.cancel')}
      </button>
    </>
  );
}
