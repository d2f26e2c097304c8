import path from 'node:path';
import { shell, type BrowserWindow } from 'electron';

/**
 * The navigation rules every Kreds window follows: it only ever shows Kreds's own page; a link to the web goes to
 * the OS browser; nothing opens a window by itself (the shared screen is opened by the main process on request).
 */
export const rendererIndex = path.join(__dirname, '..', 'dist', 'renderer', 'index.html');
export const rendererUrl = new URL(`file://${rendererIndex}`).href;

export function isOwnFrame(url: string | undefined): boolean {
  return !!url && url.split('#')[0] === rendererUrl;
}

export function openExternalSafely(url: string): void {
  if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
}

/**
 * Denies every window.open (after `onOpen` had its say: it returns true when it handled the request, e.g. the
 * shared screen) and blocks navigation away from Kreds's page; http(s) links go to the OS browser instead.
 */
export function guardWindow(win: BrowserWindow, onOpen: (url: string) => boolean = () => false): void {
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (!onOpen(url)) openExternalSafely(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isOwnFrame(url)) {
      event.preventDefault();
      openExternalSafely(url);
    }
  });
}
