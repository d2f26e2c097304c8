// `npm run build && npx tsx scripts/readme-screenshots.ts`: the README's screenshots, taken from the demo data
// at 1920×1080 in the light theme, into docs/screenshots/. Each capability adds its screen with one line below.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { startHost, type StartedHost } from '../e2e/host';

interface Shot {
  file: string;
  /** The route, or a function that finds it through the API (ids differ per run). */
  path: string | ((host: StartedHost) => Promise<string>);
  /** Text that shows once the screen has loaded. */
  ready: string;
}

async function oliver(host: StartedHost): Promise<string> {
  const list = await host.call<{ id: string; childName: string }[]>('cases.list', { status: 'all' });
  return list.value.find((c) => c.childName === 'Oliver')!.id;
}

const shots: Shot[] = [
  { file: 'case-list.png', path: '/cases', ready: 'Sager' },
  { file: 'case-overview.png', path: async (host) => `/cases/${await oliver(host)}`, ready: 'Oliver' },
];

const host = await startHost({ demo: true, env: { KREDS_NOW: '2026-05-14T10:00:00' } });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  await host.call('settings.set', { theme: 'light', textSize: 100 });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'da-DK' });
  for (const shot of shots) {
    const route = typeof shot.path === 'string' ? shot.path : await shot.path(host);
    await page.goto(`${host.url}#${route}`);
    await page.getByRole('heading', { level: 1, name: shot.ready }).waitFor();
    await page.waitForTimeout(200);
    const file = path.join('docs', 'screenshots', shot.file);
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await host.stop();
}
