import { inAppUrl } from '../../api';

/**
 * Opens (or brings back) the shared screen on a shared-screen route: the meeting's (`/presenter/<id>`) or a page's
 * (`/meetings/<id>/map/presenter?view=…`). There is one shared screen, like PowerPoint's: the window has one name,
 * so opening another route shows it there. In Electron the main process turns this into a full-screen window on the
 * display the console is not on (electron/presenterWindow.ts); the browser host opens a 1280×720 popup.
 */
export function openSharedScreen(route: string): Window | null {
  const win = window.open(inAppUrl(route), 'kreds-shared-screen', 'popup,width=1280,height=720');
  win?.focus();
  return win;
}

export function openPresenter(meetingId: string): Window | null {
  return openSharedScreen(`/presenter/${meetingId}`);
}
