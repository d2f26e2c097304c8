import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/contract/app';
import { api } from '../api';
import { RunningMeetingBanner } from '../features/meeting/RunningMeetingBanner';
import { AnnouncerProvider } from '../ui/Announcer';
import { AppInfoProvider } from './AppInfo';
import { Link, matchRoute, usePath } from './router';
import { FollowUpNavItem } from '../features/followups/FollowUpNav';
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
  if (info.startupError) return <StartupError title={t('errors.startupTitle')} message={info.startupError.message} />;
  return (
    <AppInfoProvider info={info}>
      <AnnouncerProvider>
        <Routed />
      </AnnouncerProvider>
    </AppInfoProvider>
  );
}

function Routed() {
  const path = usePath();
  const { t } = useTranslation();
  const [pathname] = path.split('?');
  const found = routes.map((route) => ({ route, params: matchRoute(route.pattern, pathname ?? '/') })).find((m) => m.params);
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
            <Link to="/agreements" aria-current={section === 'agreements' ? 'page' : undefined}>
              {t('agreements:nav')}
            </Link>
          </li>
          <li>
            <FollowUpNavItem current={section === 'followups'} />
          </li>
          <li>
            <Link to="/search" aria-current={section === 'search' ? 'page' : undefined}>
              {t('nav.search')}
            </Link>
          </li>
          <li>
            <Link to="/bundles/import" aria-current={section === 'bundles' ? 'page' : undefined}>
              {t('nav.importBundle')}
            </Link>
          </li>
          <li>
            <Link to="/settings/map" aria-current={section === 'settings' ? 'page' : undefined}>
              {t('nav.mapSettings')}
            </Link>
          </li>
        </ul>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <RunningMeetingBanner />
        {content}
      </main>
    </div>
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
