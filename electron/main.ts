import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Notification, powerMonitor, safeStorage, session, shell } from 'electron';
import { loadOrCreateKey, type KeyProtector } from './db/key';
import { KredsHost } from './host/core';
import { CONTENT_SECURITY_POLICY } from './host/csp';
import { clockFromEnv } from './host/runtime';
import { openPresenterWindow, sharedScreenKey } from './presenterWindow';
import { startFollowUpReminders } from './reminders';
import type { Reminder } from './services/followupReminders';
import { buildMenu } from './menu';

/** The Electron host: windows, menu and IPC wiring around the same KredsHost the browser host uses. */

const rendererIndex = path.join(__dirname, '..', 'dist', 'renderer', 'index.html');
const rendererUrl = new URL(`file://${rendererIndex}`).href;
let host: KredsHost | null = null;

const safeStorageKey: KeyProtector = {
  fileName: 'db.key.enc',
  protect: (key) => safeStorage.encryptString(key),
  unprotect: (data) => safeStorage.decryptString(data),
};

function dataDir(): string {
  return process.env.KREDS_DATA_DIR ? path.resolve(process.env.KREDS_DATA_DIR) : path.join(app.getPath('userData'), 'data');
}

function resolveKey(dir: string): string {
  if (process.env.KREDS_DB_KEY) return process.env.KREDS_DB_KEY;
  if (!safeStorage.isEncryptionAvailable()) {
    throw new Error('Styresystemets nøglering er ikke tilgængelig, så databasens nøgle kan ikke beskyttes.');
  }
  return loadOrCreateKey(dir, safeStorageKey).key;
}

function openExternalSafely(url: string): void {
  if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
}

/** Writes the invitation to a private temp folder and lets the OS open it in the default calendar app (Outlook). */
async function openCalendarFile(fileName: string, content: string): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(app.getPath('temp'), 'kreds-ics-'));
  const file = path.join(dir, path.basename(fileName));
  fs.writeFileSync(file, content, { mode: 0o600 });
  return (await shell.openPath(file)) === '';
}

/** A follow-up reminder as an OS notification; clicking it shows the overview. */
function notifyFollowUp(reminder: Reminder): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title: reminder.title, body: reminder.body, silent: false });
  notification.on('click', () => {
    const win = BrowserWindow.getAllWindows()[0] ?? createWindow();
    win.show();
    void win.webContents.executeJavaScript(`location.hash = '#/followups'`);
  });
  notification.show();
}

function isOwnFrame(url: string | undefined): boolean {
  return !!url && url.split('#')[0] === rendererUrl;
}

const preload = path.join(__dirname, 'preload.cjs');

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Kreds',
    show: false,
    backgroundColor: '#f6f5f1',
    // Written out in full (not shared through a variable) so electronegativity can check every window statically.
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      // A middle click must not open a link in a new window (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    // The shared screen is our own page in a second window (full screen on the projector when present).
    const screenKey = isOwnFrame(url) ? sharedScreenKey(url) : null;
    if (screenKey) {
      openPresenterWindow(url, screenKey, preload);
      return { action: 'deny' };
    }
    openExternalSafely(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isOwnFrame(url)) {
      event.preventDefault();
      openExternalSafely(url);
    }
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(rendererIndex);
  return win;
}

/**
 * A PDF of a print route (meeting summary, the child's plan): rendered in a hidden window of the same app with the
 * same print stylesheet, A4 with page numbers, then saved where the user chooses. '' when the user cancels.
 */
async function printToPdf(route: string, fileName: string): Promise<string> {
  const win = new BrowserWindow({ show: false, webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' } });
  try {
    await win.loadFile(rendererIndex, { hash: route });
    // The print page marks itself ready once its data has loaded.
    for (let i = 0; i < 100; i++) {
      if (await win.webContents.executeJavaScript(`document.body.dataset.printReady === '1'`)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // A4, margins and page numbers come from the print stylesheet (shared/domain/printLayout.ts).
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    const { canceled, filePath } = await dialog.showSaveDialog({ defaultPath: path.join(app.getPath('documents'), fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (canceled || !filePath) return '';
    fs.writeFileSync(filePath, pdf);
    return filePath;
  } finally {
    win.destroy();
  }
}

app.whenReady().then(() => {
  const dir = dataDir();
  let key = '';
  try {
    key = resolveKey(dir);
  } catch (error) {
    dialog.showErrorBox('Kreds kan ikke starte', (error as Error).message);
    key = 'unavailable';
  }
  host = new KredsHost({
    kind: 'electron',
    version: app.getVersion(),
    dataDir: dir,
    key,
    now: clockFromEnv(),
    skipFirstRun: process.env.KREDS_SKIP_FIRST_RUN === '1',
    openExternal: openExternalSafely,
    printToPdf,
    openCalendarFile,
    log: (line) => console.error(line),
  });
  if (!host.startupError && process.argv.includes('--demo')) host.loadDemo();
  host.startBackgroundWork();
  // Lock when the OS locks the screen or the laptop sleeps: the lid closes in the meeting room.
  powerMonitor.on('lock-screen', () => host?.lock.lock());
  powerMonitor.on('suspend', () => host?.lock.lock());
  // The app asks for no browser permissions (camera, notifications …): deny them all.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  ipcMain.handle('kreds:call', (event, channel: unknown, input: unknown) => {
    if (!isOwnFrame(event.senderFrame?.url)) return { ok: false, error: { code: 'unauthorized', message: 'Ukendt afsender' } };
    return host!.call(String(channel), input, String(event.sender.id));
  });
  host.subscribe((payload) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send('kreds:event', payload);
  });

  buildMenu();
  createWindow();
  if (!host.startupError) startFollowUpReminders(host, notifyFollowUp);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('web-contents-created', (_event, contents) => {
  contents.session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});

app.on('window-all-closed', () => {
  host?.close();
  if (process.platform !== 'darwin') app.quit();
});
