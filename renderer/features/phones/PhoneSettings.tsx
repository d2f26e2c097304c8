import { useTranslation } from 'react-i18next';
import { useSettings } from '../../app/settings';
import { useAnnounce } from '../../ui/Announcer';

/** The municipality's choice: may a facilitator turn on "Deltag fra telefon" at all (on by default, off per meeting). */
export function PhoneSettings() {
  const { t } = useTranslation('phones');
  const { settings, update } = useSettings();
  const announce = useAnnounce();
  return (
    <div className="form">
      <label className="choice">
        <input type="checkbox" checked={settings.phonesAllowed} onChange={(e) => void update({ phonesAllowed: e.target.checked }).then(() => announce(t('settings.saved')))} />
        <span>{t('settings.allowed')}</span>
      </label>
      <p className="field__hint">{t('settings.hint')}</p>
    </div>
  );
}
