import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/contract/app';
import type { LockStatus } from '../../shared/contract/security';
import { api, onKredsEvent } from '../api';
import { DamagedDatabaseScreen } from '../features/backup/DamagedDatabaseScreen';
import { LockGate } from '../features/security/LockGate';
import '../features/security/security.css';
import { AnnouncerProvider } from '../ui/Announcer';
import { AppInfoProvider, useAppInfo } from './AppInfo';
import { Link, matchRoute, usePath } from './router';
import { routes } from './routes';

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
        <LockedOrRouted info={info} />
      </AnnouncerProvider>
    </AppInfoProvider>
  );
}

function useRoute() {
  const [pathname = '/'] = usePath().split('?');
  const found = routes.map((route) => ({ route, params: matchRoute(route.pattern, pathname) })).find((m) => m.params);
  return { pathname, found };
}

/** Every window goes through the lock gate; full-screen (presenter) routes get only a neutral screen while locked. */
function LockedOrRouted({ info }: { info: AppInfo }) {
  const { found } = useRoute();
  return (
    <LockGate initial={info.lock} neutral={!!found?.route.bare}>
      <Routed />
    </LockGate>
  );
}

function Routed() {
  const { t } = useTranslation();
  const { pathname, found } = useRoute();
  const content = found ? found.route.render(found.params!) : <p>{t('errors.notFound')}</p>;
  if (found?.route.bare) return <>{content}</>;
  const section = pathname?.split('/')[1] || 'cases';
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Spring til indhold
      </a>
      <nav className="sidebar" aria-label={t('nav.main')}>
        <div className="sidebar__brand" aria-hidden="true">
          <span className="brand-mark" />
          {t('appName')}
        </div>
        <ul>
          <li>
            <Link to="/cases" aria-current={section === 'cases' ? 'page' : undefined}>
              {t('nav.cases')}
            </Link>
          </li>
          <li>
            <Link to="/settings" aria-current={section === 'settings' ? 'page' : undefined}>
              {t('nav.settings')}
            </Link>
          </li>
        </ul>
        <LockButton />
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        {content}
      </main>
    </div>
  );
}

function LockButton() {
  const { t } = useTranslation('security');
  const info = useAppInfo();
  const [configured, setConfigured] = useState(info.lock.configured);
  useEffect(() => onKredsEvent((event) => event.type === 'lock.changed' && setConfigured((event.data as LockStatus).configured)), []);
  if (!configured) return null;
  return (
    <button type="button" className="button sidebar__lock" title={t('lockNowHint')} onClick={() => void api['lock.lock']({})}>
      {t('lockNow')}
    </button>
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
