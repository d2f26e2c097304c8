import { BrowserWindow, screen } from 'electron';
import { sharedScreenPlacement, type Placement } from './sharedScreenPlacement';
import { guardWindow, isOwnPage } from './windowGuards';

/**
 * The shared screen in Electron (like PowerPoint's presenter mode): one window, full screen on the display the
 * console is not on when there is one (placement rules: sharedScreenPlacement.ts), moving there when a display is
 * plugged in mid-meeting and back to a window when it is unplugged. The renderer asks with window.open for a
 * shared-screen route (the meeting's, the map page's "Vis på fælles skærm"); opening another route shows it in the
 * same window. It has the main window's navigation and window-open guards.
 */
let shared: { win: BrowserWindow; console: BrowserWindow } | null = null;

function place(win: BrowserWindow, placement: Placement): void {
  if (win.isFullScreen()) win.setFullScreen(false);
  win.setBounds(placement.bounds);
  if (placement.fullscreen) win.setFullScreen(true);
}

function placementFor(consoleWindow: BrowserWindow, preferred?: number): Placement {
  const consoleDisplay = screen.getDisplayMatching(consoleWindow.getBounds());
  return sharedScreenPlacement(screen.getAllDisplays(), consoleDisplay.id, preferred);
}

export function openSharedScreen(url: string, consoleWindow: BrowserWindow, preload: string): void {
  if (!isOwnPage(url)) return;
  if (shared && !shared.win.isDestroyed()) {
    if (shared.win.webContents.getURL() !== url) void shared.win.loadURL(url);
    shared.win.show();
    shared.win.focus();
    return;
  }
  const placement = placementFor(consoleWindow);
  const win = new BrowserWindow({
    ...placement.bounds,
    fullscreen: placement.fullscreen,
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
  win.on('closed', () => (shared = null));
  shared = { win, console: consoleWindow };
  void win.loadURL(url);
}

/** Follows the displays: a projector plugged in takes the shared screen; unplugged, it comes back as a window. */
export function followDisplays(): void {
  screen.on('display-added', (_event, display) => {
    if (!shared || shared.win.isDestroyed() || shared.console.isDestroyed()) return;
    place(shared.win, placementFor(shared.console, display.id));
  });
  screen.on('display-removed', () => {
    if (!shared || shared.win.isDestroyed() || shared.console.isDestroyed()) return;
    place(shared.win, placementFor(shared.console));
  });
}
