import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockStatus } from '../../../shared/contract/security';
import { formatTime } from '../../../shared/domain/dates';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { TextField } from '../../ui/Field';
import { ErrorMessage } from '../../ui/Page';
import './security.css';

export function LockScreen({ status, onUnlocked }: { status: LockStatus; onUnlocked(status: LockStatus): void }) {
  const { t } = useTranslation('security');
  const [secret, setSecret] = useState('');
  const unlock = useSubmit(
    () => api['lock.unlock']({ secret }),
    (next) => {
      setSecret('');
      onUnlocked(next);
    },
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void unlock.run().then(() => setSecret(''));
  };
  const waiting = status.retryAt && new Date(status.retryAt) > new Date();
  return (
    <main className="lock-screen">
      <form className="lock-screen__card form" onSubmit={onSubmit} noValidate aria-labelledby="lock-title">
        <span className="brand-mark lock-screen__mark" aria-hidden="true" />
        <h1 id="lock-title">{t('lockScreen.title')}</h1>
        <p className="muted">{t('lockScreen.intro')}</p>
        {unlock.formError && !unlock.fieldErrors.secret && <ErrorMessage message={unlock.formError} />}
        {waiting && !unlock.formError && <p className="notice">{t('lockScreen.waitUntil', { time: formatTime(status.retryAt!) })}</p>}
        <TextField
          label={t('lockScreen.secret')}
          type="password"
          autoComplete="current-password"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          error={unlock.fieldErrors.secret}
          maxLength={128}
          autoFocus
        />
        <button type="submit" className="button button--primary" disabled={unlock.busy}>
          {unlock.busy ? t('lockScreen.unlocking') : t('lockScreen.unlock')}
        </button>
      </form>
    </main>
  );
}

/** The presenter window while locked: nothing about the case, nothing to type into. */
export function NeutralScreen() {
  const { t } = useTranslation('security');
  return (
    <main className="lock-neutral" aria-label={t('lockScreen.neutral')}>
      <span className="brand-mark lock-neutral__mark" aria-hidden="true" />
      <p>Kreds</p>
    </main>
  );
}
