import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { TextField } from '../../ui/Field';
import { ErrorMessage } from '../../ui/Page';
import { FormActions } from '../../ui/FormActions';

/**
 * Choosing the first PIN or passphrase (`lock.setup`), typed twice. Used by the first run and by the reminder banner;
 * Indstillinger has its own form that also changes an existing one.
 */
export function LockSetupForm({ submitLabel, onSaved, secondary }: { submitLabel: string; onSaved(): void; secondary?: ReactNode }) {
  const { t } = useTranslation('security');
  const announce = useAnnounce();
  const [secret, setSecret] = useState('');
  const [repeat, setRepeat] = useState('');
  const save = useSubmit(
    () => api['lock.setup']({ secret }),
    () => {
      announce(t('setup.saved'));
      onSaved();
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (secret !== repeat) return save.setFieldErrors({ repeat: t('setup.mismatch') });
    void save.run();
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {save.formError && !save.fieldErrors.secret && <ErrorMessage message={save.formError} />}
      <TextField label={t('setup.secret')} type="password" autoComplete="new-password" value={secret} onChange={(e) => setSecret(e.target.value)} error={save.fieldErrors.secret} />
      <TextField label={t('setup.repeat')} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} error={save.fieldErrors.repeat} />
      <FormActions label={submitLabel} disabled={save.busy}>
        {secondary}
      </FormActions>
    </form>
  );
}
