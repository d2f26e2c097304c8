// Developer tool: `npx tsx scripts/screenshot.ts <url> <out.png> [width] [height]` — a look at a screen as a user sees it.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';

const [url, out, width = '1920', height = '1080'] = process.argv.slice(2);
if (!url || !out) {
  console.error('Brug: tsx scripts/screenshot.ts <url> <out.png> [bredde] [højde]');
  process.exit(2);
}
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, locale: 'da-DK' });
await page.goto(url);
await page.waitForLoadState('networkidle');
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: false });
await browser.close();
console.log(out);
