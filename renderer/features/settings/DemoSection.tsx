import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useSettings } from '../../app/settings';
import { useSubmit } from '../../app/useForm';
import { useAnnounce } from '../../ui/Announcer';
import { Dialog } from '../../ui/Dialog';
import { ErrorMessage } from '../../ui/Page';
import { FormActions } from '../../ui/FormActions';

/** The fictional demo cases: load them, or remove all of them (and everything hanging off them) in one action. */
export function DemoSection() {
  const { t } = useTranslation('settings');
  const { settings, reload } = useSettings();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const load = useSubmit(
    () => api['demo.load']({}),
    () => {
      reload();
      announce(t('demo.loaded'));
    },
  );
  const remove = useSubmit(
    () => api['demo.remove']({}),
    ({ removed }) => {
      setConfirming(false);
      reload();
      announce(t('demo.removed', { count: removed }));
    },
  );
  return (
    <>
      <p className="muted">{t('demo.intro')}</p>
      <p>{settings.demoCases > 0 ? t('demo.count', { count: settings.demoCases }) : t('demo.none')}</p>
      {load.formError && <ErrorMessage message={load.formError} />}
      {settings.demoCases > 0 ? (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('demo.remove')}
        </button>
      ) : (
        <button type="button" className="button" onClick={() => void load.run()} disabled={load.busy}>
          {t('demo.load')}
        </button>
      )}
      <Dialog title={t('demo.confirmTitle')} open={confirming} onClose={() => setConfirming(false)}>
        <p>{t('demo.confirmText')}</p>
        {remove.formError && <ErrorMessage message={remove.formError} />}
        <FormActions label={t('demo.confirm')} disabled={remove.busy} danger onConfirm={() => void remove.run()} onCancel={() => setConfirming(false)} focusCancel />
      </Dialog>
    </>
  );
}
