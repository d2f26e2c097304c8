import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useSettings } from '../../app/settings';
import { useSubmit } from '../../app/useForm';
import { useLoad } from '../../app/useLoad';
import { ErrorMessage } from '../../ui/Page';
import { ProfileForm } from '../settings/ProfileForm';
import { LockSetupForm } from './LockSetupForm';

export interface FirstRunStepProps {
  /** Go on to the next step (or finish the setup after the last one). */
  next(): void;
}

export interface FirstRunStep {
  id: string;
  /** i18n key of the step heading, `namespace:key`. */
  title: string;
  Component: ComponentType<FirstRunStepProps>;
}

function ProfileStep({ next }: FirstRunStepProps) {
  const { t } = useTranslation('setup');
  return (
    <ProfileForm
      submitLabel={t('next')}
      onSaved={next}
      secondary={
        <button type="button" className="button" onClick={next}>
          {t('skip')}
        </button>
      }
    />
  );
}

/**
 * The app lock. It can be postponed (»Senere«): a first look at Kreds, or a colleague setting it up for someone,
 * should not be blocked, but until a PIN exists a calm banner says the data is not protected (LockReminder).
 */
function LockStep({ next }: FirstRunStepProps) {
  const { t } = useTranslation('setup');
  const { update } = useSettings();
  const status = useLoad(() => api['lock.status']({}), []);
  const later = useSubmit(() => update({ lockPostponed: true }), next);
  if (!status.data) return <p className="muted">{t('common:status.loading')}</p>;
  if (status.data.configured) {
    return (
      <>
        <p>{t('lockAlreadySet')}</p>
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={next}>
            {t('next')}
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      <p>{t('security:setup.intro')}</p>
      {later.formError && <ErrorMessage message={later.formError} />}
      <LockSetupForm
        submitLabel={t('lockSave')}
        onSaved={next}
        secondary={
          <button type="button" className="button" onClick={() => void later.run()} disabled={later.busy}>
            {t('lockLater')}
          </button>
        }
      />
      <p className="muted small">{t('lockLaterHint')}</p>
    </>
  );
}

function DemoStep({ next }: FirstRunStepProps) {
  const { t } = useTranslation('setup');
  const load = useSubmit(() => api['demo.load']({}), next);
  return (
    <>
      <p>{t('demoText')}</p>
      {load.formError && <ErrorMessage message={load.formError} />}
      <div className="form__actions">
        <button type="button" className="button button--primary" onClick={() => void load.run()} disabled={load.busy}>
          {t('loadDemo')}
        </button>
        <button type="button" className="button" onClick={next}>
          {t('startEmpty')}
        </button>
      </div>
    </>
  );
}

/** The first-run steps, in order: who you are, the app lock, the demo. */
export const firstRunSteps: FirstRunStep[] = [
  { id: 'profile', title: 'setup:profileTitle', Component: ProfileStep },
  { id: 'lock', title: 'setup:lockTitle', Component: LockStep },
  { id: 'demo', title: 'setup:demoTitle', Component: DemoStep },
];
