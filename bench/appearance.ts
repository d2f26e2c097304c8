import { chromium } from '@playwright/test';
import { chromiumExecutable, chromiumLaunchOptions } from '../e2e/chromium';
import { startHost } from '../e2e/host';
import { summarize, type Results } from './stats';

/**
 * How fast the appearance answers the keyboard: Alt+P (projector theme on/off, saved in the database) until
 * <html data-theme> changes, and Ctrl++ until the text size has changed; and removing the demo data in one call.
 */
export async function measureAppearance(results: Results, runs = 6): Promise<void> {
  const host = await startHost({ demo: true });
  try {
    const removeStarted = performance.now();
    await host.call('demo.remove');
    results.demo_remove_ms = Math.round((performance.now() - removeStarted) * 10) / 10;
    await host.call('demo.load');
    if (!chromiumExecutable()) {
      results.theme_switch_ms = null;
      results.text_size_step_ms = null;
      return;
    }
    const browser = await chromium.launch(chromiumLaunchOptions());
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Sager' }).waitFor();
    const themeSamples: number[] = [];
    const sizeSamples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const before = await page.evaluate(() => document.documentElement.dataset.theme ?? '');
      const started = performance.now();
      await page.keyboard.press('Alt+P');
      await page.waitForFunction((b) => (document.documentElement.dataset.theme ?? '') !== b, before);
      themeSamples.push(performance.now() - started);

      const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      const sizeStarted = performance.now();
      await page.keyboard.press(i % 2 === 0 ? 'Control+Equal' : 'Control+Minus');
      await page.waitForFunction((s) => getComputedStyle(document.documentElement).fontSize !== s, size);
      sizeSamples.push(performance.now() - sizeStarted);
    }
    await browser.close();
    results.theme_switch_ms = summarize(themeSamples).median;
    results.text_size_step_ms = summarize(sizeSamples).median;
  } finally {
    await host.stop();
  }
}
