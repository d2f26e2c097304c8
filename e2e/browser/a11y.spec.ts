import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startHost, type StartedHost } from '../host';
import { SAME_SCREEN_AS, a11yRoutes, gotoRoute } from './a11yRoutes';

/** WCAG 2.0 and 2.1, levels A and AA, over every route and dialog (a11yRoutes.ts), in every theme. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const THEMES = ['light', 'dark', 'projector'] as const;

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Every `pattern: '…'` in renderer/app/routes.tsx and any feature's routes.tsx. */
function declaredRoutePatterns(dir = 'renderer'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return declaredRoutePatterns(full);
    if (entry.name !== 'routes.tsx') return [];
    return [...fs.readFileSync(full, 'utf8').matchAll(/pattern:\s*'([^']+)'/g)].map((m) => m[1]!);
  });
}

test('every route the app declares is on the accessibility list', () => {
  const checked = new Set([...a11yRoutes.map((r) => r.pattern), ...Object.keys(SAME_SCREEN_AS)]);
  const declared = declaredRoutePatterns();
  expect(declared.length).toBeGreaterThan(4);
  expect(declared.filter((pattern) => !checked.has(pattern))).toEqual([]);
});

let host: StartedHost;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  host = await startHost({ demo: true, env: { KREDS_NOW: '2026-05-14T10:00:00' } });
});
test.afterAll(async () => {
  await host.call('settings.set', { theme: 'system', textSize: 100 });
  await host.stop();
});

for (const route of a11yRoutes) {
  test(`the ${route.name} has no WCAG 2.1 AA violations in any theme`, async ({ page }) => {
    for (const theme of THEMES) {
      await host.call('settings.set', { theme });
      await gotoRoute(page, host, route);
      await expect(page.locator('html')).toHaveAttribute('data-theme', route.forcedTheme ?? theme);
      expect(await violations(page), `${route.name}, ${theme}`).toEqual([]);
    }
  });

  for (const dialog of route.dialogs ?? []) {
    test(`the ${dialog.name} dialog has no violations, keeps focus inside and gives it back on Esc`, async ({ page }) => {
      for (const theme of THEMES) {
        await host.call('settings.set', { theme });
        await gotoRoute(page, host, route);
        await dialog.open(page);
        const opened = page.getByRole('dialog', { name: dialog.title });
        await expect(opened).toBeVisible();
        expect(await violations(page), `${dialog.name}, ${theme}`).toEqual([]);
        for (let i = 0; i < 12; i++) {
          await page.keyboard.press('Tab');
          expect(await opened.evaluate((el) => el.contains(document.activeElement))).toBe(true);
        }
        await page.keyboard.press('Escape');
        await expect(opened).toBeHidden();
        if (dialog.opener) await expect(page.getByRole('button', { name: dialog.opener, exact: true })).toBeFocused();
      }
    });
  }
}

test('the first-run setup has no violations in any of its steps', async ({ page }) => {
  const fresh = await startHost({ firstRun: true });
  try {
    for (const theme of THEMES) {
      await fresh.call('settings.set', { theme });
      await page.goto(fresh.url);
      await expect(page.getByRole('heading', { level: 1, name: 'Velkommen til Kreds' })).toBeVisible();
      expect(await violations(page), `profile step, ${theme}`).toEqual([]);
      await page.getByRole('button', { name: 'Spring over' }).click();
      await expect(page.getByRole('heading', { name: 'Lås Kreds med en PIN-kode' })).toBeVisible();
      expect(await violations(page), `lock step, ${theme}`).toEqual([]);
      await page.getByRole('button', { name: 'Senere' }).click();
      await expect(page.getByRole('heading', { name: 'Vil du prøve med en demosag?' })).toBeVisible();
      expect(await violations(page), `demo step, ${theme}`).toEqual([]);
    }
  } finally {
    await fresh.stop();
  }
});

test('every focus stop shows a visible outline', async ({ page }) => {
  await host.call('settings.set', { theme: 'light' });
  const unmarked: string[] = [];
  for (const route of a11yRoutes) {
    await gotoRoute(page, host, route);
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { name: `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ''}`, outline: parseFloat(style.outlineWidth) > 0 && style.outlineStyle !== 'none' };
      });
      if (focus && !focus.outline) unmarked.push(`${route.name}: ${focus.name}`);
    }
  }
  expect(unmarked).toEqual([]);
});

test('at 200 % text every screen fits 1366 × 768 without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const theme of THEMES) {
    await host.call('settings.set', { theme, textSize: 200 });
    for (const route of a11yRoutes) {
      await gotoRoute(page, host, route);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${route.name}, ${theme}`).toBeLessThanOrEqual(0);
    }
  }
  await host.call('settings.set', { textSize: 100 });
});
