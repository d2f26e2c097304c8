import path from 'node:path';
import { shell, type WebContents } from 'electron';

/**
 * One set of navigation rules for every Kreds window (the main window, the shared screen, the hidden PDF window):
 * nothing but Kreds's own page loads inside a window; a link elsewhere goes to the OS browser (http and https only);
 * window.open never creates a window by itself, only what `openOwn` accepts (the main window's shared screen).
 */
export const rendererIndex = path.join(__dirname, '..', 'dist', 'renderer', 'index.html');
const rendererUrl = new URL(`file://${rendererIndex}`).href;

export function isOwnPage(url: string | undefined): boolean {
  return !!url && url.split('#')[0] === rendererUrl;
}

export function openExternalSafely(url: string): void {
  if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
}

export function guardWindow(contents: WebContents, openOwn?: (url: string) => boolean): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isOwnPage(url)) openOwn?.(url);
    else openExternalSafely(url);
    return { action: 'deny' };
  });
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (isOwnPage(url)) return;
    event.preventDefault();
    openExternalSafely(url);
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
}
