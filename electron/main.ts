import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Notification, powerMonitor, safeStorage, session, shell } from 'electron';
import { plainKeyFile, resolveKey, type KeyProtector } from './db/key';
import { osKeyring } from './db/keyring';
import { KredsHost } from './host/core';
import { lanAddress } from './host/phones/lanAddress';
import { CONTENT_SECURITY_POLICY } from './host/csp';
import { clockFromEnv } from './host/runtime';
import { followDisplays, openSharedScreen } from './presenterWindow';
import { sharedScreenRoute } from './sharedScreenPlacement';
import { startFollowUpReminders } from './reminders';
import type { Reminder } from './services/followupReminders';
import { buildMenu } from './menu';
import { guardWindow, isOwnPage, openExternalSafely, rendererIndex } from './windowGuards';

/** The Electron host: windows, menu and IPC wiring around the same KredsHost the browser host uses. */

let host: KredsHost | null = null;

const safeStorageKey: KeyProtector = {
  fileName: 'db.key.enc',
  protect: (key) => safeStorage.encryptString(key),
  unprotect: (data) => safeStorage.decryptString(data),
};

function dataDir(): string {
  return process.env.KREDS_DATA_DIR ? path.resolve(process.env.KREDS_DATA_DIR) : path.join(app.getPath('userData'), 'data');
}

/**
 * KREDS_DB_KEY, else safeStorage where the OS really protects it, else the OS keyring, else the user's explicit choice
 * to keep the key in a file. On Linux without a keyring safeStorage falls back to "basic_text", a password written into
 * Chromium itself: that counts as no protection, and the user is told so once. null: quit (the user saw why).
 */
async function databaseKey(dir: string): Promise<string | null> {
  if (process.env.KREDS_DB_KEY) return process.env.KREDS_DB_KEY;
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os';
  const realProtection = backend !== 'basic_text' && backend !== 'unknown' && safeStorage.isEncryptionAvailable();
  let outcome = resolveKey({
    dataDir: dir,
    protectedFile: realProtection ? safeStorageKey : undefined,
    keyring: realProtection ? null : await osKeyring(),
    keyFiles: [safeStorageKey, plainKeyFile],
  });
  if (outcome.kind === 'choice') {
    const answer = dialog.showMessageBoxSync({
      type: 'warning',
      title: 'Kreds: databasens nøgle',
      message: 'Der er ingen nøglering på denne computer',
      detail: outcome.message,
      buttons: ['Gem nøglen i en fil', 'Afslut'],
      defaultId: 1,
      cancelId: 1,
    });
    if (answer !== 0) return null;
    outcome = outcome.accept();
  }
  if (outcome.kind === 'unavailable') {
    dialog.showErrorBox('Kreds kan ikke starte', outcome.message);
    return null;
  }
  if (outcome.notice) console.error(`Kreds: ${outcome.notice}`);
  return outcome.key;
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
  // The shared screen is our own page in a second window (full screen on the projector when one is connected).
  guardWindow(win.webContents, (url) => {
    if (!sharedScreenRoute(url)) return false;
    openSharedScreen(url, win, preload);
    return true;
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
  guardWindow(win.webContents);
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

app.whenReady().then(async () => {
  const dir = dataDir();
  const key = await databaseKey(dir);
  // Without the real key nothing is opened or created.
  if (key === null) return app.quit();
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
    // Deltag fra telefon: phones on the room's network reach the phone server on the laptop's LAN address.
    phoneAddress: () => lanAddress(),
    phoneAssetsDir: path.join(app.getAppPath(), 'dist', 'phone'),
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
    if (!isOwnPage(event.senderFrame?.url)) return { ok: false, error: { code: 'unauthorized', message: 'Ukendt afsender' } };
    return host!.call(String(channel), input, String(event.sender.id));
  });
  host.subscribe((payload) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send('kreds:event', payload);
  });

  buildMenu();
  createWindow();
  followDisplays();
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
