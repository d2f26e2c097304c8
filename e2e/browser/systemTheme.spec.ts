import { expect, test } from '@playwright/test';
import { startHost, type StartedHost } from '../host';

let host: StartedHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => host.stop());

test('"Følg styresystemet" shows the light or dark look the OS asks for and follows a change at once', async ({ page }) => {
  await host.call('settings.set', { theme: 'system' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Sager' })).toBeVisible();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(darkBackground);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

