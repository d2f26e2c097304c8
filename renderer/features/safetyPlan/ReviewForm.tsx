import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewMeeting, SafetyRule } from '../../../shared/contract/safetyPlan';
import { REVIEW_OUTCOMES, type ReviewOutcome } from '../../../shared/domain/safetyPlan';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { SelectField, TextArea } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { showDay } from '../agreements/days';

/** A rule at a follow-up: holds, needs changing or broken, with what happened (shared) and a professional note (fortroligt). */
export function ReviewForm({ rule, meetings, onDone }: { rule: SafetyRule; meetings: ReviewMeeting[]; onDone(): void }) {
  const { t } = useTranslation('safetyPlan');
  const announce = useAnnounce();
  const [meetingId, setMeetingId] = useState(meetings[0]?.id ?? '');
  const existing = rule.reviews.find((r) => r.meetingId === meetingId);
  const [outcome, setOutcome] = useState<ReviewOutcome | ''>(existing?.outcome ?? '');
  const [whatHappened, setWhatHappened] = useState(existing?.whatHappened ?? '');
  const [professionalNote, setProfessionalNote] = useState(existing?.professionalNote ?? '');
  const submit = useSubmit(
    () => api['safetyPlan.reviewRule']({ ruleId: rule.id, meetingId, outcome: outcome as ReviewOutcome, whatHappened, professionalNote }),
    () => {
      announce(t('review.saved'));
      onDone();
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  if (!meetings.length) return <p className="notice">{t('review.noMeetings')}</p>;
  return (
    <form className="form safety-form review-form" onSubmit={onSubmit} noValidate aria-label={`${t('rules.review')}: ${rule.situation}`}>
      <SelectField
        label={t('review.meeting')}
        value={meetingId}
        onChange={(e) => {
          const review = rule.reviews.find((r) => r.meetingId === e.target.value);
          setMeetingId(e.target.value);
          setOutcome(review?.outcome ?? '');
          setWhatHappened(review?.whatHappened ?? '');
          setProfessionalNote(review?.professionalNote ?? '');
        }}
        error={submit.fieldErrors.meetingId}
        options={meetings.map((m) => ({ value: m.id, label: t('common:versions.meetingOption', { date: showDay(m.startsAt), status: t(`common:versions.status.${m.status}`) }) }))}
      />
      <fieldset className="review-form__outcomes">
        <legend>{t('review.outcome')}</legend>
        {REVIEW_OUTCOMES.map((o) => (
          <label key={o} className={`review-outcome review-outcome--${o}`}>
            <input type="radio" name={`outcome-${rule.id}`} value={o} checked={outcome === o} onChange={() => setOutcome(o)} /> {t(`outcome.${o}`)}
          </label>
        ))}
        {submit.fieldErrors.outcome && <p className="field__error">{submit.fieldErrors.outcome}</p>}
      </fieldset>
      <TextArea label={t('review.whatHappened')} value={whatHappened} onChange={(e) => setWhatHappened(e.target.value)} rows={2} maxLength={1000} />
      <TextArea label={t('review.professionalNote')} value={professionalNote} onChange={(e) => setProfessionalNote(e.target.value)} rows={2} maxLength={1000} />
      {submit.formError && !Object.keys(submit.fieldErrors).length && <p className="field__error" role="alert">{submit.formError}</p>}
      <FormActions label={t('review.save')} disabled={submit.busy || !outcome || !meetingId} onCancel={onDone} />
    </form>
  );
}
