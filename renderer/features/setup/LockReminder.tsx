import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { focusHeadingIfLost } from '../../app/focusAfterNavigation';
import { useSettings } from '../../app/settings';
import { useLoad } from '../../app/useLoad';
import { Dialog } from '../../ui/Dialog';
import { LockSetupForm } from './LockSetupForm';
import './setup.css';

/**
 * After »Senere« at the first run's PIN step: a calm line on every screen of the app (never on the shared screen)
 * saying the data is not protected by a lock, with the way to set one right there. It goes when a PIN exists.
 */
export function LockReminder() {
  const { t } = useTranslation('setup');
  const { settings } = useSettings();
  const status = useLoad(() => api['lock.status']({}), [], (event) => event.type === 'lock.changed');
  const [open, setOpen] = useState(false);
  // The reminder (and the button the dialog gives focus back to) goes once the host has the PIN: focus to the heading.
  const savedHere = useRef(false);
  const configured = status.data?.configured;
  useEffect(() => {
    if (!configured || !savedHere.current) return;
    savedHere.current = false;
    focusHeadingIfLost();
  }, [configured]);
  if (!settings.lockPostponed || !status.data || status.data.configured) return null;
  return (
    <section className="notice lock-reminder" aria-label={t('reminder.label')}>
      <p>{t('reminder.text')}</p>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('reminder.button')}
      </button>
      <Dialog title={t('security:setup.title')} open={open} onClose={() => setOpen(false)}>
        <p>{t('security:setup.intro')}</p>
        <LockSetupForm
          submitLabel={t('security:setup.save')}
          onSaved={() => {
            savedHere.current = true;
            setOpen(false);
            status.reload();
          }}
        />
      </Dialog>
    </section>
  );
}
