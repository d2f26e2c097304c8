import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDataDir } from '../host';
// @ts-expect-error plain ESM helper shared with npm start
import { electronBinary } from '../../scripts/electron-binary.mjs';

/** The second and third kind of window (the shared screen, the PDF window) follow the main window's rules. */
const binary = electronBinary() as { path: string | null; reason: string | null };
test.skip(!binary.path, `Electron-programmet findes ikke her: ${binary.reason}`);

let app: ElectronApplication;
test.beforeEach(async () => {
  app = await electron.launch({
    executablePath: binary.path!,
    args: [path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'), '--no-sandbox', '--demo'],
    env: { ...process.env, KREDS_DATA_DIR: tempDataDir(), KREDS_DB_KEY: 'electron-e2e', KREDS_SKIP_FIRST_RUN: '1' } as Record<string, string>,
  });
  await app.evaluate(({ shell }) => {
    (globalThis as { opened?: string[] }).opened = [];
    shell.openExternal = async (url: string) => void (globalThis as unknown as { opened: string[] }).opened.push(url);
  });
});
test.afterEach(async () => app?.close());

type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value: unknown }>>;
const call = (win: Page, channel: string, input: unknown) => win.evaluate(([c, i]) => (window as unknown as { kreds: Api }).kreds[c as string]!(i), [channel, input] as const);

test('the shared-screen window cannot be navigated away from Kreds and opens no window of its own', async () => {
  const main = await app.firstWindow();
  const cases = (await call(main, 'cases.list', {})).value as { id: string }[];
  const meeting = (await call(main, 'meetings.create', { caseId: cases[0]!.id, type: 'network_meeting', startsAt: '2026-05-14T10:00', participantIds: [] })).value as { id: string };
  const [presenter] = await Promise.all([app.waitForEvent('window'), main.evaluate((id) => window.open(`#/presenter/${id}`), meeting.id)]);
  const home = presenter.url();
  await presenter.evaluate(() => (window.location.href = 'https://example.org/'));
  await presenter.evaluate(() => window.open('https://www.retsinformation.dk/'));
  await presenter.waitForTimeout(500);
  expect(presenter.url()).toBe(home);
  expect(app.windows()).toHaveLength(2);
  await expect.poll(() => app.evaluate(() => (globalThis as { opened?: string[] }).opened)).toEqual(['https://example.org/', 'https://www.retsinformation.dk/']);
});

test('the hidden PDF window gets the same guards as the other windows', async () => {
  const main = await app.firstWindow();
  const cases = (await call(main, 'cases.list', {})).value as { id: string }[];
  await app.evaluate(({ app: electronApp, dialog }) => {
    dialog.showSaveDialog = (async () => ({ canceled: true, filePath: undefined })) as unknown as typeof dialog.showSaveDialog;
    (globalThis as { pdfGuarded?: Promise<boolean> }).pdfGuarded = new Promise((resolve) =>
      electronApp.once('browser-window-created', (_event, win) => setImmediate(() => resolve(win.webContents.listenerCount('will-navigate') > 0 && win.webContents.listenerCount('will-redirect') > 0))),
    );
  });
  await call(main, 'export.pdf', { route: `/print/plan/${cases[0]!.id}`, fileName: 'plan.pdf' });
  expect(await app.evaluate(() => (globalThis as unknown as { pdfGuarded: Promise<boolean> }).pdfGuarded)).toBe(true);
});
