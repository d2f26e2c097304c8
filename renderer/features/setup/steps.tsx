import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useSubmit } from '../../app/useForm';
import { ErrorMessage } from '../../ui/Page';
import { ProfileForm } from '../settings/ProfileForm';

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

/**
 * The first-run steps, in order. The app-lock PIN step (issue 9, `lock.setup`) slots in with one line after
 * the profile: `{ id: 'lock', title: 'security:setup.title', Component: LockSetupStep }`.
 */
export const firstRunSteps: FirstRunStep[] = [
  { id: 'profile', title: 'setup:profileTitle', Component: ProfileStep },
  { id: 'demo', title: 'setup:demoTitle', Component: DemoStep },
];
