import { BrowserWindow, screen } from 'electron';

/**
 * The shared screen in Electron: the renderer calls window.open('#/presenter/<id>') (a meeting) or
 * '#/cases/<id>/safety-plan/present' / '#/cases/<id>/child-story/present' (the safety plan, Barnets bog); the main
 * process answers with a full-screen window on the external display (projector/TV) when one is connected, otherwise a
 * normal window the facilitator can drag there. One window per view: opening it again brings the existing one back.
 */
const open = new Map<string, BrowserWindow>();

const SHARED_SCREENS = [/#\/(presenter\/[0-9a-f-]{36})$/i, /#\/(cases\/[0-9a-f-]{36}\/(?:safety-plan|child-story)\/present)$/i];

/** The view a URL opens on the shared screen (its window's key), or null for any other URL. */
export function sharedScreenKey(url: string): string | null {
  for (const pattern of SHARED_SCREENS) {
    const match = pattern.exec(url);
    if (match) return match[1]!;
  }
  return null;
}

export function openPresenterWindow(url: string, key: string, preload: string): void {
  const existing = open.get(key);
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
  // The shared screen never opens anything itself.
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => open.delete(key));
  open.set(key, win);
  void win.loadURL(url);
}
