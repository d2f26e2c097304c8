import { expect, test } from '@playwright/test';
import { startHost, tempDataDir, type StartedHost } from '../host';

/** What the lock leaves on screen and in the page: fresh data after unlocking, nothing of the case while locked. */
const PIN = '482913';
let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

async function unlock(page: import('@playwright/test').Page): Promise<void> {
  await page.getByLabel('PIN-kode eller adgangssætning').fill(PIN);
  await page.getByRole('button', { name: 'Lås op' }).click();
  await expect(page.getByRole('heading', { name: 'Kreds er låst' })).toBeHidden();
}

test('after a restart with an app lock, unlocking shows the case list with its data and the follow-up badge, not "Kreds er låst"', async ({ page }) => {
  const dataDir = tempDataDir();
  host = await startHost({ dataDir, demo: true, env: { KREDS_NOW: '2026-05-14T10:00:00' } });
  await host.call('lock.setup', { secret: PIN });
  await host.stop();
  // Two months on, the demo's follow-ups are overdue: the badge has something to show.
  host = await startHost({ dataDir, env: { KREDS_NOW: '2026-07-14T10:00:00' } });
  await page.goto(`${host.url}#/cases`);
  await expect(page.getByRole('heading', { name: 'Kreds er låst' })).toBeVisible();
  await page.waitForTimeout(500);
  await unlock(page);
  await expect(page.getByRole('link', { name: /Oliver/ }).first()).toBeVisible();
  await expect(page.getByText(/Kreds er låst/)).toHaveCount(0);
  const overview = await host.call<{ attentionCount: number }>('followups.overview', {});
  expect(overview.value.attentionCount).toBeGreaterThan(0);
  await expect(page.getByLabel(new RegExp(`^${overview.value.attentionCount} opfølgning`))).toBeVisible();
});

test('while locked, neither the case nor the half-typed text is in the page; after unlocking the text is back and the data fresh', async ({ page }) => {
  host = await startHost({ demo: true });
  await host.call('lock.setup', { secret: PIN });
  await page.goto(`${host.url}#/cases/new`);
  await page.getByLabel('Barnets fornavn eller initialer').fill('Halvskrevet Sofie');

  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Kreds er låst' })).toBeVisible();
  const whileLocked = await page.evaluate(() => document.documentElement.outerHTML + [...document.querySelectorAll('input')].map((i) => i.value).join(' '));
  expect(whileLocked).not.toContain('Halvskrevet');
  expect(whileLocked).not.toContain('Oliver');
  expect(whileLocked).not.toContain('Barnets fornavn');

  await unlock(page);
  await expect(page.getByLabel('Barnets fornavn eller initialer')).toHaveValue('Halvskrevet Sofie');
  await expect(page.getByLabel('Barnets fornavn eller initialer')).toBeFocused();
});
