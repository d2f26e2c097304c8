import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../ui/Announcer';
import { ProfileForm } from './ProfileForm';

export function ProfileSection() {
  const { t } = useTranslation('settings');
  const announce = useAnnounce();
  return (
    <>
      <p className="muted">{t('profile.intro')}</p>
      <ProfileForm submitLabel={t('profile.save')} onSaved={() => announce(t('profile.saved'))} />
    </>
  );
}
