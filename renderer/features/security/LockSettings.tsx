import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useLoad } from '../../app/useLoad';
import { useAnnounce } from '../../ui/Announcer';
import { TextField } from '../../ui/Field';
import { FormActions } from '../../ui/FormActions';
import { ErrorMessage } from '../../ui/Page';

/** Indstillinger → the PIN (set up when missing, change otherwise) and the idle minutes. */
export function LockSettings() {
  const { t } = useTranslation('security');
  const status = useLoad(() => api['lock.status']({}), [], (event) => event.type === 'lock.changed');
  return (
    <>
      <p>{t('setup.intro')}</p>
      {status.data && <p className="muted">{status.data.configured ? t('setup.isSet') : t('setup.notSet')}</p>}
      {status.data && <SecretForm configured={status.data.configured} onDone={status.reload} />}
      <IdleMinutesForm />
    </>
  );
}

function SecretForm({ configured, onDone }: { configured: boolean; onDone(): void }) {
  const { t } = useTranslation('security');
  const announce = useAnnounce();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const save = useSubmit(
    () => (configured ? api['lock.change']({ current, next }) : api['lock.setup']({ secret: next })),
    () => {
      announce(configured ? t('setup.changed') : t('setup.saved'));
      setCurrent('');
      setNext('');
      setRepeat('');
      onDone();
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (next !== repeat) return save.setFieldErrors({ repeat: t('setup.mismatch') });
    void save.run();
  };
  const nextError = save.fieldErrors.next ?? save.fieldErrors.secret;
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {save.formError && !nextError && !save.fieldErrors.current && <ErrorMessage message={save.formError} />}
      {configured && (
        <TextField label={t('setup.current')} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} error={save.fieldErrors.current} />
      )}
      <TextField label={t('setup.secret')} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} error={nextError} />
      <TextField label={t('setup.repeat')} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} error={save.fieldErrors.repeat} />
      <FormActions label={configured ? t('setup.change') : t('setup.save')} disabled={save.busy} />
    </form>
  );
}

function IdleMinutesForm() {
  const { t } = useTranslation('security');
  const announce = useAnnounce();
  const loaded = useLoad(() => api['settings.get']({}), []);
  const [minutes, setMinutes] = useState('');
  useEffect(() => {
    if (loaded.data) setMinutes(String(loaded.data.idleLockMinutes));
  }, [loaded.data]);
  const save = useSubmit(
    () => api['settings.set']({ idleLockMinutes: minutes.trim() ? Number(minutes) : (undefined as unknown as number) }),
    () => announce(t('settings:saved')),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save.run();
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <TextField
        label={t('idle.label')}
        hint={t('idle.hint')}
        className="input--short"
        inputMode="numeric"
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        error={save.fieldErrors.idleLockMinutes}
      />
      <div className="form__actions">
        <button type="submit" className="button">
          {t('settings:retention.save')}
        </button>
      </div>
    </form>
  );
}
