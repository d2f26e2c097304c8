// map_render_ms: a meeting's map with 300 items, from opening the route until the board is painted: every part with its
// item count, and the items on screen (long parts render only what is near the screen; the rest renders on scroll).
import { chromium } from '@playwright/test';
import { chromiumExecutable, chromiumLaunchOptions } from '../../e2e/chromium';
import { startHost } from '../../e2e/host';
import { summarize, type Results } from '../stats';

const PARTS = ['harm', 'complicating_factors', 'danger_statements', 'strengths', 'existing_safety', 'safety_goals', 'next_steps'];
export const MAP_ITEMS = 300;

async function call<T>(host: Awaited<ReturnType<typeof startHost>>, channel: string, input: unknown): Promise<T> {
  const result = await host.call<T>(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value;
}

export async function measureMapRender(dataDir: string, results: Results, runs = 7): Promise<void> {
  if (!chromiumExecutable()) {
    results.map_render_ms = null;
    return;
  }
  const host = await startHost({ dataDir });
  try {
    const c = await call<{ id: string }>(host, 'cases.create', { childName: 'Bench', birthYear: 2016, caseType: 'network', responsibleWorker: 'Bench' });
    const meeting = await call<{ id: string }>(host, 'meetings.create', {
      caseId: c.id,
      type: 'network_meeting',
      startsAt: `${new Date().toISOString().slice(0, 10)}T09:00`,
      confirmUnusualDate: true,
    });
    for (let i = 0; i < MAP_ITEMS; i++) {
      const text = `Punkt ${i + 1}: Oliver har brug for en voksen, der hjælper ham af sted om morgenen, især mandag.`;
      await call(host, 'map.addItem', { meetingId: meeting.id, part: PARTS[i % PARTS.length], text, saidBy: null, confidential: i % 25 === 0 });
    }
    const browser = await chromium.launch(chromiumLaunchOptions());
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Sager' }).waitFor();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
      const elapsed = (await page.evaluate(`new Promise((resolve) => {
        const started = performance.now();
        window.location.hash = '/meetings/${meeting.id}/map';
        const total = () => [...document.querySelectorAll('.map-part__count')].reduce((sum, el) => sum + Number(el.textContent), 0);
        const check = () => total() >= ${MAP_ITEMS} && document.querySelectorAll('[data-testid="map-item"]').length > 0
          ? requestAnimationFrame(() => resolve(performance.now() - started))
          : requestAnimationFrame(check);
        check();
      })`)) as number;
      samples.push(elapsed);
      await page.evaluate(() => (window.location.hash = '/cases'));
      await page.getByRole('heading', { name: 'Sager' }).waitFor();
    }
    await browser.close();
    results.map_render_ms = Math.round(summarize(samples).median * 10) / 10;
  } finally {
    await host.stop();
  }
}
