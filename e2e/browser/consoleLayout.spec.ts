import { expect, test } from '@playwright/test';
import { FULL_MEETING_NOW, seedFollowUp, seedFullMeeting } from '../fullMeeting';
import { startHost, type StartedHost } from '../host';

let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

test('shots', async ({ page }) => {
  test.setTimeout(180_000);
  host = await startHost({ env: FULL_MEETING_NOW });
  const full = await seedFullMeeting(host);
  for (const size of [{ width: 1366, height: 768 }, { width: 1093, height: 614 }]) {
    await page.setViewportSize(size);
    await page.goto(`${host.url}#/meetings/${full.meetingId}`);
    for (const phase of full.phases) {
      await page.getByRole('navigation', { name: 'Mødets faser' }).getByRole('button', { name: new RegExp(phase.title) }).click();
      await expect(page.getByRole('heading', { level: 2, name: phase.title, exact: true })).toBeVisible();
      await page.waitForTimeout(600);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `test-results/console-shots/${size.width}-${phase.kind}.png` });
      await page.screenshot({ path: `test-results/console-shots/${size.width}-${phase.kind}-full.png`, fullPage: true });
    }
  }
  const f = await seedFollowUp(host, full);
  await page.goto(`${host.url}#/meetings/${f.followUpId}`);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `test-results/console-shots/since-last.png` });
  await page.screenshot({ path: `test-results/console-shots/since-last-full.png`, fullPage: true });
});
