import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { startHost, tempDataDir } from '../e2e/host';
const host = await startHost({ dataDir: tempDataDir('i5p-') });
const call = async (ch: string, input: unknown) => ((await host.call<any>(ch, input)) as any).value;
const c = await call('cases.create', { childName: 'Bench', birthYear: 2016, caseType: 'network', responsibleWorker: 'Bench' });
const m = await call('meetings.create', { caseId: c.id, type: 'network_meeting', startsAt: `${new Date().toISOString().slice(0, 10)}T09:00`, confirmUnusualDate: true });
const PARTS = ['harm', 'complicating_factors', 'danger_statements', 'strengths', 'existing_safety', 'safety_goals', 'next_steps'];
for (let i = 0; i < 300; i++) await call('map.addItem', { meetingId: m.id, part: PARTS[i % 7], text: `Punkt ${i} tekst tekst tekst tekst tekst tekst tekst`, saidBy: null, confidential: false });
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto(host.url);
await page.getByRole('heading', { name: 'Sager' }).waitFor();
for (let i = 0; i < 4; i++) {
  const r = await page.evaluate(`new Promise((resolve) => {
    performance.clearResourceTimings();
    const started = performance.now();
    window.location.hash = '/meetings/${m.id}/map';
    const check = () => document.querySelectorAll('[data-testid="map-item"]').length >= 300
      ? (() => { const dom = performance.now() - started; requestAnimationFrame(() => resolve({ dom, paint: performance.now() - started, res: performance.getEntriesByType('resource').map(e => e.name.split('/').pop() + ':' + Math.round(e.startTime - started) + '+' + Math.round(e.duration)) })) })()
      : requestAnimationFrame(check);
    check();
  })`);
  console.log(JSON.stringify(r));
  await page.evaluate(() => (window.location.hash = '/cases'));
  await page.getByRole('heading', { name: 'Sager' }).waitFor();
}
await browser.close();
await host.stop();
