import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/contract/app';
import { api } from '../api';
import { FollowUpNavItem } from '../features/followups/FollowUpNav';
import { RunningMeetingBanner } from '../features/meeting/RunningMeetingBanner';
import { DamagedDatabaseScreen } from '../features/backup/DamagedDatabaseScreen';
import { LockButton } from '../features/security/LockButton';
import { LockGate } from '../features/security/LockGate';
import { FirstRun } from '../features/setup/FirstRun';
import { LockReminder } from '../features/setup/LockReminder';
import { AnnouncerProvider } from '../ui/Announcer';
import { UndoProvider } from '../ui/Undo';
import { AppInfoProvider } from './AppInfo';
import { useFocusAfterNavigation } from './focusAfterNavigation';
import { useGlobalShortcuts } from './globalShortcuts';
import { Link, matchRoute, usePath } from './router';
import { routes } from './routes';
import { SettingsProvider } from './settings';
import { ShortcutsOverlay } from './ShortcutsOverlay';

export function App() {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [unreachable, setUnreachable] = useState<string | null>(null);
  useEffect(() => {
    api['app.info']({}).then(setInfo, (error: Error) => setUnreachable(error.message));
  }, []);

  if (unreachable) return <StartupError title={t('errors.startupTitle')} message={unreachable} />;
  if (!info) return null;
  if (info.startupError?.code === 'db_corrupt') return <DamagedDatabaseScreen message={info.startupError.message} />;
  if (info.startupError) return <StartupError title={t('errors.startupTitle')} message={info.startupError.message} />;
  return (
    <AppInfoProvider info={info}>
      <AnnouncerProvider>
        <LockedWindow info={info}>
          {/* Inside the lock: the toast names what was deleted, and must go with the page while locked. */}
          <UndoProvider>
            <SettingsProvider>{(settings) => (settings.firstRunNeeded ? <FirstRun /> : <Routed />)}</SettingsProvider>
          </UndoProvider>
        </LockedWindow>
      </AnnouncerProvider>
    </AppInfoProvider>
  );
}

/** Top-level sections in the sidebar; `section` is the first path segment that marks the link as current. */
const navItems = [
  { to: '/cases', section: 'cases', label: 'nav.cases' },
  { to: '/agreements', section: 'agreements', label: 'agreements:nav' },
  { to: '/followups', section: 'followups', label: 'followups' },
  { to: '/search', section: 'search', label: 'nav.search' },
  { to: '/bundles/import', section: 'bundles', label: 'nav.importBundle' },
  { to: '/settings', section: 'settings', label: 'nav.settings' },
] as const;

function useRoute() {
  const [pathname = '/'] = usePath().split('?');
  const found = routes.map((route) => ({ route, params: matchRoute(route.pattern, pathname) })).find((m) => m.params);
  return { pathname, found };
}

/** Every window goes through the lock gate; shared-screen routes (the presenter view) show only a neutral screen while locked. */
function LockedWindow({ info, children }: { info: AppInfo; children: ReactNode }) {
  const { found } = useRoute();
  return (
    <LockGate initial={info.lock} neutral={!!found?.route.sharedScreen}>
      {children}
    </LockGate>
  );
}

function Routed() {
  const { t } = useTranslation();
  useGlobalShortcuts();
  const { pathname, found } = useRoute();
  useFocusAfterNavigation(pathname);
  const content = found ? found.route.render(found.params!) : <NotFound />;
  if (found?.route.bare) return <>{content}</>;
  const parts = pathname?.split('/') ?? [];
  const section = parts[1] === 'settings' && parts[2] === 'map' ? 'settings/map' : parts[1] || 'cases';
  return (
    <div className="layout">
      <div className="shell">
        <a className="skip-link" href="#main">
          {t('nav.skipToContent')}
        </a>
        <nav className="sidebar" aria-label={t('nav.main')}>
          <div className="sidebar__brand" aria-hidden="true">
            <span className="brand-mark" />
            {t('appName')}
          </div>
          <ul>
            {navItems.map((item) => (
              <li key={item.to}>
                {item.section === 'followups' ? (
                  <FollowUpNavItem current={section === 'followups'} />
                ) : (
                  <Link to={item.to} aria-current={section === item.section ? 'page' : undefined}>
                    {t(item.label)}
                  </Link>
                )}
              </li>
            ))}
          </ul>
          <LockButton />
          <ShortcutsOverlay />
        </nav>
        <main id="main" className="main" tabIndex={-1}>
          <RunningMeetingBanner />
          <LockReminder />
          {content}
        </main>
      </div>
    </div>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('errors.notFound')}</h1>
      <p>{t('errors.notFoundHint')}</p>
      <Link to="/cases" className="button">
        {t('errors.toCases')}
      </Link>
    </section>
  );
}

function StartupError({ title, message }: { title: string; message: string }) {
  const { t } = useTranslation();
  return (
    <main className="startup-error" role="alert">
      <h1>{title}</h1>
      <p className="startup-error__message">{message}</p>
      <p>{t('errors.startupHint')}</p>
    </main>
  );
}
