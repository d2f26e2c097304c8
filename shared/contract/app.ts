import { z } from 'zod';
import { channel, emptyInput } from './define';
import type { LockStatus } from './security';

export interface AppInfo {
  version: string;
  host: 'electron' | 'browser';
  /** The host's clock (injectable in tests), as an ISO timestamp. */
  now: string;
  /** The database could not be opened: the renderer shows this instead of the app. */
  startupError: { code: string; message: string } | null;
  /** The app lock, so any window (also the presenter view) can show a neutral screen while locked. */
  lock: LockStatus;
}

export const appContract = {
  'app.info': channel<AppInfo>()(emptyInput),
  /** Opens an http(s) link in the OS browser (Electron) or a new tab (browser host). */
  'app.openExternal': channel<void>()(z.object({ url: z.string().url().max(2000).regex(/^https?:\/\//) }).strict()),
};
