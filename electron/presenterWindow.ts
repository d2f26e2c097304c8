import { BrowserWindow, screen } from 'electron';
import { guardWindow } from './windowGuards';

/**
 * The shared screen in Electron: the renderer calls window.open('#/presenter/<id>'); the main process answers with
 * a full-screen window on the external display (projector/TV) when one is connected, otherwise a normal window the
 * facilitator can drag there. One window per meeting: opening it again brings the existing one back.
 */
const open = new Map<string, BrowserWindow>();

export function presenterMeetingId(url: string): string | null {
  const match = /#\/presenter\/([0-9a-f-]{36})$/i.exec(url);
  return match ? match[1]! : null;
}

export function openPresenterWindow(url: string, meetingId: string, preload: string): void {
  const existing = open.get(meetingId);
  if (existing && !existing.isDestroyed()) {
    existing.show();
    existing.focus();
    return;
  }
  const primary = screen.getPrimaryDisplay();
  const external = screen.getAllDisplays().find((d) => d.id !== primary.id);
  const target = external ?? primary;
  const win = new BrowserWindow({
    x: target.bounds.x + (external ? 0 : 80),
    y: target.bounds.y + (external ? 0 : 80),
    width: external ? target.bounds.width : 1280,
    height: external ? target.bounds.height : 720,
    fullscreen: !!external,
    autoHideMenuBar: true,
    title: 'Kreds – fællesskærm',
    backgroundColor: '#fbfaf6',
    show: false,
    // The same hardening as the main window (written out: electronegativity reads the literal).
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.setMenuBarVisibility(false);
  // The shared screen never opens a window itself and never leaves Kreds's page.
  guardWindow(win.webContents);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => open.delete(meetingId));
  open.set(meetingId, win);
  void win.loadURL(url);
}
