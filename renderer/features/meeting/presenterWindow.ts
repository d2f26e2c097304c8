import { inAppUrl } from '../../api';

/**
 * Opens (or brings back) the shared screen for a meeting as a second window. In Electron the main process turns
 * this into a full-screen window on the external display when one is connected (electron/presenterWindow.ts).
 * The window name is per meeting, so reopening after it was closed, or pressing the button twice, gives one window.
 */
export function openPresenter(meetingId: string): Window | null {
  const win = window.open(inAppUrl(`/presenter/${meetingId}`), `kreds-presenter-${meetingId}`, 'popup,width=1280,height=720');
  win?.focus();
  return win;
}
