import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpSettings } from '../../../shared/contract/followups';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { TextField } from '../../ui/Field';

/** Reminder horizon, the organiser on invitations and the default meeting length. */
export function FollowUpSettingsForm() {
  const { t } = useTranslation('followups');
  const announce = useAnnounce();
  const loaded = useLoad(() => api['followups.settings']({}), []);
  const [form, setForm] = useState<FollowUpSettings | null>(null);
  useEffect(() => {
    if (loaded.data) setForm(loaded.data);
  }, [loaded.data]);
  const submit = useSubmit(
    () => api['followups.saveSettings'](form!),
    () => announce(t('settings.saved')),
  );
  if (!form) return null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit.run();
  };
  const set = <K extends keyof FollowUpSettings>(key: K, value: FollowUpSettings[K]) => setForm({ ...form, [key]: value });
  return (
    <form className="form followups-settings" onSubmit={onSubmit} noValidate aria-labelledby="followup-settings-title">
      <h2 id="followup-settings-title">{t('settings.title')}</h2>
      <div className="planner__fields">
        <TextField
          label={t('settings.reminderDays')}
          hint={t('settings.reminderHint')}
          type="number"
          min={0}
          max={30}
          className="input--short"
          value={String(form.reminderDaysBefore)}
          onChange={(e) => set('reminderDaysBefore', Number(e.target.value))}
          error={submit.fieldErrors.reminderDaysBefore}
        />
        <TextField
          label={t('settings.duration')}
          type="number"
          min={15}
          max={480}
          step={15}
          className="input--short"
          value={String(form.defaultDurationMinutes)}
          onChange={(e) => set('defaultDurationMinutes', Number(e.target.value))}
          error={submit.fieldErrors.defaultDurationMinutes}
        />
        <TextField label={t('settings.organizerName')} value={form.organizerName} onChange={(e) => set('organizerName', e.target.value)} maxLength={120} />
        <TextField
          label={t('settings.organizerEmail')}
          hint={t('settings.organizerHint')}
          type="email"
          value={form.organizerEmail}
          onChange={(e) => set('organizerEmail', e.target.value)}
          error={submit.fieldErrors.organizerEmail}
        />
      </div>
      {submit.formError && !Object.keys(submit.fieldErrors).length && <p className="field__error">{submit.formError}</p>}
      <div className="form__actions">
        <button type="submit" className="button" disabled={submit.busy}>
          {t('settings.save')}
        </button>
      </div>
    </form>
  );
}
