import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/Page';
import { settingsSections } from './sections';
import './settings.css';

/** "Indstillinger": one card per registered section (sections.tsx). */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <section className="page page--narrow">
      <PageHeader title={t('title')} />
      {settingsSections.map(({ id, title, Component }) => (
        <section key={id} className="settings-section" aria-labelledby={`settings-${id}`}>
          <h2 id={`settings-${id}`}>{t(title)}</h2>
          <Component />
        </section>
      ))}
    </section>
  );
}
