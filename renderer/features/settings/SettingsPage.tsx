import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/Page';
import { settingsSections } from './sections';

/** "Indstillinger": the registered sections (sections.tsx), one card each. */
export function SettingsPage() {
  const { t } = useTranslation('profile');
  return (
    <section className="page page--narrow">
      <PageHeader title={t('settingsTitle')} />
      {settingsSections.map(({ id, Component }) => (
        <Component key={id} />
      ))}
    </section>
  );
}
