import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startHost, type StartedHost } from '../host';
import { a11yRoutes, gotoRoute } from './a11yRoutes';

/**
 * Screenshots of every route in every theme at the two screen sizes municipal laptops and meeting-room
 * screens have, written to test-results/screenshots/ for a person to look at (the README lists what was checked).
 */
const out = path.join('test-results', 'screenshots');
const VIEWPORTS = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
];
const LOOKS = [
  { name: 'light', theme: 'light', textSize: 100 },
  { name: 'dark', theme: 'dark', textSize: 100 },
  { name: 'projector', theme: 'projector', textSize: 100 },
  { name: 'light-200pct', theme: 'light', textSize: 200 },
] as const;

let host: StartedHost;
test.beforeAll(async () => {
  fs.mkdirSync(out, { recursive: true });
  host = await startHost({ demo: true, env: { KREDS_NOW: '2026-05-14T10:00:00' } });
});
test.afterAll(async () => host.stop());

// One test per look and size: every screen twice in one test came within a second of the 60 s limit on two busy cores.
for (const look of LOOKS) {
  for (const viewport of VIEWPORTS) {
    test(`every screen renders in the ${look.name} look at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      await host.call('settings.set', { theme: look.theme, textSize: look.textSize });
      await page.setViewportSize(viewport);
      for (const route of a11yRoutes) {
        await gotoRoute(page, host, route);
        // The look arrives with the settings after the first paint: wait until the page wears it, then for web fonts.
        // (the shared screen always wears the projector theme)
        await expect(page.locator('html')).toHaveAttribute('data-theme', new RegExp(`^(${look.theme}|projector)$`));
        await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'))).toBe(String(look.textSize / 100));
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(out, `${look.name}-${viewport.width}x${viewport.height}-${route.name.replace(/\s+/g, '-')}.png`);
        await page.screenshot({ path: file });
        expect(fs.statSync(file).size).toBeGreaterThan(10_000);
      }
    });
  }
}
