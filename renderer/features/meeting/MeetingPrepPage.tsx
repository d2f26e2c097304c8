import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingDetail } from '../../../shared/contract/meetings';
import { LEAD_KINDS, MEETING_TYPES, NOTE_FORMS, type LeadKind, type MeetingType, type NoteForm } from '../../../shared/domain/meetingTemplates';
import { parseDanishDate } from '../../../shared/domain/dates';
import { parseDanishTime } from '../../../shared/domain/localTime';
import { combineDateTime, meetingDateConcern, DATE_CONCERN_MESSAGES } from '../../../shared/domain/meetings';
import { api } from '../../api';
import { useNow } from '../../app/AppInfo';
import { Link, navigate } from '../../app/router';
import { useSubmit } from '../../app/useForm';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { DateField, dayText, timeText, TimeField } from '../../ui/DateTimeFields';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextArea, TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { ErrorMessage, PageHeader } from '../../ui/Page';
import { AgendaEditor } from './AgendaEditor';
import { InviteeList } from './InviteeList';
import { PeopleSuggestions } from './PeopleSuggestions';
import { PhaseEditor } from './PhaseEditor';
import { StartMeetingButton } from './StartMeetingButton';
import './meeting.css';

/** Preparing a meeting with the family: when and where, who is invited, the agenda they set, and the roles. */
export function MeetingPrepPage({ caseId, meetingId }: { caseId?: string; meetingId?: string }) {
  const { t } = useTranslation('meetings');
  const loaded = useLoad(() => (meetingId ? api['meetings.get']({ id: meetingId }) : Promise.resolve(null)), [meetingId]);
  if (loaded.error) return <ErrorMessage message={loaded.error.message} onRetry={loaded.reload} retryLabel={t('common:actions.retry')} />;
  if (meetingId && !loaded.data) return <p className="muted">{t('common:status.loading')}</p>;
  const meeting = loaded.data ?? null;
  return <PrepForm key={meeting?.id ?? 'new'} caseId={meeting?.caseId ?? caseId!} meeting={meeting} onSaved={loaded.reload} />;
}

function PrepForm({ caseId, meeting, onSaved }: { caseId: string; meeting: MeetingDetail | null; onSaved(): void }) {
  const { t } = useTranslation('meetings');
  const now = useNow();
  const announce = useAnnounce();
  const templates = useLoad(() => api['meetings.templates']({}), [], (e) => e.type === 'meetings.templatesChanged');
  const [type, setType] = useState<MeetingType>(meeting?.type ?? 'network_meeting');
  const [templateId, setTemplateId] = useState(`default:${type}`);
  const [dateText, setDateText] = useState(dayText(meeting?.startsAt.slice(0, 10)));
  const [clockText, setClockText] = useState(timeText(meeting?.startsAt.slice(11, 16) ?? '13:00'));
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [purpose, setPurpose] = useState(meeting?.purpose ?? '');
  const [agenda, setAgenda] = useState<AgendaItem[]>(meeting?.agenda ?? []);
  const [invitedBy, setInvitedBy] = useState(meeting?.invitedBy ?? '');
  const [leadKind, setLeadKind] = useState<LeadKind>(meeting?.leadKind ?? 'caseworker');
  const [leadName, setLeadName] = useState(meeting?.leadName ?? '');
  const [noteTaker, setNoteTaker] = useState(meeting?.noteTaker ?? '');
  const [noteForm, setNoteForm] = useState<NoteForm>(meeting?.noteForm ?? 'beslutningsreferat');
  const [invited, setInvited] = useState<string[]>(meeting?.attendance.map((a) => a.participantId) ?? []);
  const [confirming, setConfirming] = useState<string | null>(null);

  const startsAt = combineDateTime(parseDanishDate(dateText) ?? '', parseDanishTime(clockText) ?? '');
  const fields = (confirmUnusualDate: boolean) => ({
    type, startsAt: startsAt ?? '', place, purpose, agenda, invitedBy, leadKind, leadName, noteTaker, noteForm, confirmUnusualDate,
  });
  const confirmedDate = useRef(false);
  const submit = useSubmit(
    async () => {
      const confirmed = confirmedDate.current;
      if (meeting) {
        await api['meetings.setInvitees']({ meetingId: meeting.id, participantIds: invited });
        return api['meetings.update']({ id: meeting.id, ...fields(confirmed) });
      }
      return api['meetings.create']({ caseId, ...fields(confirmed), participantIds: invited, templateId: templateId.startsWith('default:') ? undefined : templateId });
    },
    (saved: MeetingDetail) => {
      announce(t('prep.saved'));
      if (meeting) onSaved();
      else navigate(`/meetings/${saved.id}/prepare`);
    },
  );
  const save = (confirmed = false) => {
    const concern = startsAt && !confirmed && startsAt !== meeting?.startsAt ? meetingDateConcern(startsAt, now) : null;
    if (concern) return setConfirming(DATE_CONCERN_MESSAGES[concern]);
    setConfirming(null);
    confirmedDate.current = confirmed;
    void submit.run();
  };
  const ownTemplates = (templates.data ?? []).filter((tpl) => tpl.type === type);

  return (
    <section className="page prep">
      <PageHeader
        title={meeting ? t('prep.editTitle') : t('prep.newTitle')}
        actions={
          meeting && (
            <>
              <Link to={`/meetings/${meeting.id}/agenda`} className="button">
                {t('prep.printAgenda')}
              </Link>
              {meeting.status === 'planned' && <StartMeetingButton meeting={meeting} />}
            </>
          )
        }
      >
        <Link to={`/cases/${caseId}`}>{t('prep.backToCase')}</Link>
      </PageHeader>
      {submit.formError && <ErrorMessage message={submit.formError} />}
      <form className="form prep__form" noValidate onSubmit={(e) => (e.preventDefault(), save())}>
        <fieldset className="prep__group">
          <legend>{t('prep.when')}</legend>
          <div className="prep__row">
            <SelectField label={t('prep.type')} value={type} onChange={(e) => { setType(e.target.value as MeetingType); setTemplateId(`default:${e.target.value}`); }}
              options={MEETING_TYPES.map((v) => ({ value: v, label: t(`type.${v}`) }))} hint={t(`typeHint.${type}`)} />
            {!meeting && ownTemplates.length > 1 && (
              <SelectField label={t('prep.template')} value={templateId} onChange={(e) => setTemplateId(e.target.value)}
                options={ownTemplates.map((tpl) => ({ value: tpl.id, label: tpl.builtIn ? t('prep.standardTemplate') : tpl.name }))} />
            )}
          </div>
          <div className="prep__row">
            <DateField label={t('prep.date')} text={dateText} onText={setDateText} error={submit.fieldErrors.startsAt} required />
            <TimeField label={t('prep.time')} text={clockText} onText={setClockText} required />
            <TextField label={t('prep.place')} hint={t('prep.placeHint')} value={place} onChange={(e) => setPlace(e.target.value)} error={submit.fieldErrors.place} />
          </div>
        </fieldset>
        <InviteeList caseId={caseId} invited={invited} onChange={setInvited} />
        <fieldset className="prep__group">
          <legend>{t('prep.agendaTitle')}</legend>
          <TextArea label={t('prep.purpose')} hint={t('prep.purposeHint')} rows={2} value={purpose} onChange={(e) => setPurpose(e.target.value)} error={submit.fieldErrors.purpose} />
          <AgendaEditor items={agenda} onChange={setAgenda} errors={submit.fieldErrors} peopleListId="prep-people" />
        </fieldset>
        <fieldset className="prep__group">
          <legend>{t('prep.roles')}</legend>
          <div className="prep__row">
            <TextField label={t('prep.invitedBy')} value={invitedBy} onChange={(e) => setInvitedBy(e.target.value)} list="prep-people" autoComplete="off" />
            <SelectField label={t('prep.leadKind')} value={leadKind} onChange={(e) => setLeadKind(e.target.value as LeadKind)}
              options={LEAD_KINDS.map((v) => ({ value: v, label: t(`lead.${v}`) }))} hint={t(`leadHint.${leadKind}`)} />
            <TextField label={t('prep.leadName')} value={leadName} onChange={(e) => setLeadName(e.target.value)} list="prep-people" autoComplete="off" />
          </div>
          <div className="prep__row">
            <TextField label={t('prep.noteTaker')} value={noteTaker} onChange={(e) => setNoteTaker(e.target.value)} list="prep-people" autoComplete="off" />
            <SelectField label={t('prep.noteForm')} value={noteForm} onChange={(e) => setNoteForm(e.target.value as NoteForm)}
              options={NOTE_FORMS.map((v) => ({ value: v, label: t(`noteForm.${v}`) }))} hint={t(`noteFormHint.${noteForm}`)} />
          </div>
        </fieldset>
        <PeopleSuggestions id="prep-people" caseId={caseId} />
        <FormActions label={meeting ? t('common:actions.save') : t('prep.create')} disabled={submit.busy} />
      </form>
      {meeting && <PhaseEditor meeting={meeting} />}
      <Dialog title={t('prep.confirmDateTitle')} open={!!confirming} onClose={() => setConfirming(null)}>
        <p>{confirming}</p>
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={() => save(true)}>{t('prep.confirmDate')}</button>
          <button type="button" className="button" onClick={() => setConfirming(null)}>{t('prep.changeDate')}</button>
        </div>
      </Dialog>
    </section>
  );
}
