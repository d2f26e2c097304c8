import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../ui/Announcer';
import { ProfileForm } from './ProfileForm';
import './profile.css';

export function ProfileSection() {
  const { t } = useTranslation('profile');
  const announce = useAnnounce();
  return (
    <section className="settings-section" aria-labelledby="profile-section-title">
      <h2 id="profile-section-title">{t('profile.title')}</h2>
      <p className="muted">{t('profile.intro')}</p>
      <ProfileForm submitLabel={t('profile.save')} onSaved={() => announce(t('profile.saved'))} />
    </section>
  );
}
