import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDataDir } from '../host';
// @ts-expect-error plain ESM helper shared with npm start
import { electronBinary } from '../../scripts/electron-binary.mjs';

const binary = electronBinary() as { path: string | null; reason: string | null };
if (!binary.path) console.log(`Electron-testene springes over: ${binary.reason}`);
test.skip(!binary.path, `Electron-programmet findes ikke her: ${binary.reason}`);

let app: ElectronApplication;
test.beforeEach(async () => {
  app = await electron.launch({
    executablePath: binary.path!,
    args: [path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'), '--no-sandbox'],
    env: { ...process.env, KREDS_DATA_DIR: tempDataDir(), KREDS_DB_KEY: 'electron-e2e', KREDS_SKIP_FIRST_RUN: '1' } as Record<string, string>,
  });
});
test.afterEach(async () => app?.close());

test('the window opens on the case list', async () => {
  const win = await app.firstWindow();
  await expect(win.getByRole('heading', { name: 'Sager' })).toBeVisible();
});

test('an external link goes to the OS browser and never opens inside the app', async () => {
  const win = await app.firstWindow();
  await app.evaluate(({ shell }) => {
    (globalThis as { opened?: string[] }).opened = [];
    shell.openExternal = async (url: string) => void (globalThis as unknown as { opened: string[] }).opened.push(url);
  });
  await win.evaluate(() => window.open('https://www.retsinformation.dk/', '_blank'));
  await expect.poll(() => app.evaluate(() => (globalThis as { opened?: string[] }).opened)).toEqual(['https://www.retsinformation.dk/']);
  expect(app.windows()).toHaveLength(1);
});

test('navigation away from the app is blocked', async () => {
  const win = await app.firstWindow();
  const before = win.url();
  await win.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await win.waitForTimeout(500);
  expect(win.url()).toBe(before);
});

test('the preload exposes the contract and nothing else', async () => {
  const win = await app.firstWindow();
  const keys = await win.evaluate(() => Object.keys((window as unknown as { kreds: object }).kreds).sort());
  expect(keys).toContain('cases.create');
  expect(keys.filter((k) => !k.includes('.'))).toEqual(['onEvent']);
  expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
});

test('window.open is denied: no second window opens, whatever the URL', async () => {
  const win = await app.firstWindow();
  await win.evaluate(() => window.open('file:///etc/passwd'));
  await win.evaluate(() => window.open('about:blank'));
  await win.waitForTimeout(300);
  expect(app.windows()).toHaveLength(1);
});

test('the preload exposes only the contract: no ipcRenderer, no process, no Node', async () => {
  const win = await app.firstWindow();
  const exposed = await win.evaluate(() => ({
    ipc: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
    process: typeof (globalThis as { process?: unknown }).process,
    values: Object.values((window as unknown as { kreds: Record<string, unknown> }).kreds).map((v) => typeof v),
  }));
  expect(exposed.ipc).toBe('undefined');
  expect(exposed.process).toBe('undefined');
  expect(new Set(exposed.values)).toEqual(new Set(['function']));
});

test('the app locks when the OS locks the screen or the laptop sleeps', async () => {
  const win = await app.firstWindow();
  await win.evaluate(() => (window as unknown as { kreds: Record<string, (i: unknown) => Promise<unknown>> }).kreds['lock.setup']!({ secret: '482913' }));
  await app.evaluate(({ powerMonitor }) => powerMonitor.emit('suspend'));
  await expect(win.getByRole('heading', { name: 'Kreds er låst' })).toBeVisible();
  const refused = await win.evaluate(() => (window as unknown as { kreds: Record<string, (i: unknown) => Promise<{ ok: boolean }>> }).kreds['cases.list']!({}));
  expect(refused.ok).toBe(false);
});

test('the application menu lists the shortcuts with the keys the ? overlay shows', async () => {
  await app.firstWindow();
  const items = await app.evaluate(({ Menu }) =>
    Menu.getApplicationMenu()!
      .items.flatMap((menu) => menu.submenu?.items ?? [])
      .filter((item) => item.accelerator)
      .map((item) => ({ label: item.label, accelerator: item.accelerator })),
  );
  expect(items).toContainEqual({ label: 'Ny sag', accelerator: 'Alt+N' });
  expect(items).toContainEqual({ label: 'Større tekst', accelerator: 'CmdOrCtrl+Plus' });
});
