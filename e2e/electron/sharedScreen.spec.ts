import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDataDir } from '../host';
// @ts-expect-error plain ESM helper shared with npm start
import { electronBinary } from '../../scripts/electron-binary.mjs';

/**
 * The shared screen in Electron: the map page's "Vis på fælles skærm" opens it (one window, reused), it sits where the
 * placement rules say (electron/sharedScreenPlacement.ts, unit-tested), follows a display plugged in, and keeps the
 * main window's navigation and window-open guards.
 */
const binary = electronBinary() as { path: string | null; reason: string | null };
if (!binary.path) console.log(`Electron-testene af fællesskærmen springes over: ${binary.reason}`);
test.skip(!binary.path, `Electron-programmet findes ikke her: ${binary.reason}`);

let app: ElectronApplication;
test.beforeEach(async () => {
  app = await electron.launch({
    executablePath: binary.path!,
    args: [path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'), '--no-sandbox', '--demo'],
    env: { ...process.env, KREDS_DATA_DIR: tempDataDir(), KREDS_DB_KEY: 'electron-e2e', KREDS_SKIP_FIRST_RUN: '1', KREDS_NOW: '2026-05-14T10:00:00' } as Record<string, string>,
  });
});
test.afterEach(async () => app?.close());

type Kreds = Record<string, (input: unknown) => Promise<{ ok: boolean; value: unknown }>>;

/** Opens the map of Oliver's held demo meeting in the main window and presses "Vis på fælles skærm". */
async function openFromTheMapPage(win: Page): Promise<Page> {
  const meetingId = await win.evaluate(async () => {
    const kreds = (window as unknown as { kreds: Kreds }).kreds;
    const cases = (await kreds['cases.list']!({ status: 'all' })).value as { id: string; childName: string }[];
    const oliver = cases.find((c) => c.childName === 'Oliver')!;
    const meetings = (await kreds['meetings.list']!({ caseId: oliver.id })).value as { id: string; status: string }[];
    return meetings.find((m) => m.status === 'held')!.id;
  });
  await win.evaluate((id) => (location.hash = `#/meetings/${id}/map`), meetingId);
  const [shared] = await Promise.all([app.waitForEvent('window'), win.getByRole('button', { name: 'Vis på fælles skærm' }).click()]);
  await expect(shared.getByRole('heading', { level: 1, name: 'Hvad går godt, og hvad er svært?' })).toBeVisible();
  return shared;
}

test("the map page's »Vis på fælles skærm« opens the shared screen, once, as a 1280×720 window with one display", async () => {
  const win = await app.firstWindow();
  await openFromTheMapPage(win);
  expect(app.windows()).toHaveLength(2);
  await win.getByRole('button', { name: 'Vis på fælles skærm' }).click();
  await win.waitForTimeout(500);
  expect(app.windows()).toHaveLength(2);
  const bounds = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => ({ title: w.getTitle(), ...w.getBounds(), full: w.isFullScreen() })));
  expect(bounds.find((b) => b.title === 'Kreds – fællesskærm')).toMatchObject({ width: 1280, height: 720, full: false });
});

test('a display plugged in mid-meeting takes the shared screen, full screen', async () => {
  const win = await app.firstWindow();
  await openFromTheMapPage(win);
  const projector = await app.evaluate(({ screen }) => {
    const real = screen.getAllDisplays();
    const first = real[0]!;
    const added = { ...first, id: 4242, bounds: { x: first.bounds.x + first.bounds.width, y: 0, width: 1280, height: 720 }, workArea: { x: first.bounds.x + first.bounds.width, y: 0, width: 1280, height: 720 } };
    screen.getAllDisplays = () => [...real, added];
    screen.emit('display-added', {}, added);
    return added.bounds;
  });
  await expect
    .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((w) => w.getTitle() === 'Kreds – fællesskærm')?.isFullScreen()))
    .toBe(true);
  const at = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((w) => w.getTitle() === 'Kreds – fællesskærm')!.getBounds());
  expect(at.x).toBe(projector.x);
});

test('the shared screen opens no window and never navigates away', async () => {
  const win = await app.firstWindow();
  const shared = await openFromTheMapPage(win);
  const before = shared.url();
  await shared.evaluate(() => window.open('https://example.org/', '_blank'));
  await shared.evaluate(() => window.open('file:///etc/passwd'));
  await shared.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await shared.waitForTimeout(500);
  expect(app.windows()).toHaveLength(2);
  expect(shared.url()).toBe(before);
});
