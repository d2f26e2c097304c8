import { useTranslation } from 'react-i18next';
import { BackupSettings } from '../backup/BackupSettings';
import { LockSettings } from '../security/LockSettings';
import { RetentionSettings } from './RetentionSettings';
import { PageHeader } from '../../ui/Page';
import './settings.css';

/** Indstillinger: one section per concern, each its own component, so later slices add theirs with one line. */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <section className="page">
      <PageHeader title={t('title')} />
      <LockSettings />
      <RetentionSettings />
      <BackupSettings />
    </section>
  );
}
