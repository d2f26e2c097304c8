import { createContext, useContext, type ReactNode } from 'react';
import type { AppInfo } from '../../shared/contract/app';

const AppInfoContext = createContext<AppInfo | null>(null);

export function AppInfoProvider({ info, children }: { info: AppInfo; children: ReactNode }) {
  return <AppInfoContext.Provider value={info}>{children}</AppInfoContext.Provider>;
}

export function useAppInfo(): AppInfo {
  const info = useContext(AppInfoContext);
  if (!info) throw new Error('useAppInfo outside AppInfoProvider');
  return info;
}

/**
 * The host's clock (injectable in tests), advanced by the time passed since the app loaded, so the
 * renderer and the services agree on what "today" is.
 */
const loadedAt = Date.now();
export function useNow(): Date {
  const info = useContext(AppInfoContext);
  const hostNow = info ? new Date(info.now).getTime() : loadedAt;
  return new Date(hostNow + (Date.now() - loadedAt));
}
