import { expect, test } from '@playwright/test';
import { startHost, type StartedHost } from '../host';

let host: StartedHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => host.stop());

// Found by the keyboard-only first-run test on a loaded machine: two arrow presses in the theme group saved "Lyst"
// then "Mørkt", the answer to the first arrived last, and the screen went back to the older choice for good.
test('when the answers to two quick appearance changes arrive in the opposite order, the newer choice stays', async ({ page }) => {
  await host.call('settings.set', { theme: 'system' });
  let calls = 0;
  let lateAnswerGiven!: () => void;
  const lateAnswer = new Promise<void>((resolve) => (lateAnswerGiven = resolve));
  await page.route('**/api/settings.set', async (route) => {
    const first = ++calls === 1;
    const response = await route.fetch(); // the host saves at once, in the order the user chose
    if (first) await new Promise((resolve) => setTimeout(resolve, 1500)); // only the answer travels slowly
    await route.fulfill({ response });
    if (first) lateAnswerGiven();
  });
  await page.goto(`${host.url}#/settings`);

  await page.getByRole('radio', { name: 'Lyst', exact: true }).click();
  await expect.poll(() => calls).toBe(1);
  await page.getByRole('radio', { name: 'Mørkt', exact: true }).click();
  await lateAnswer;

  expect((await host.call<{ theme: string }>('settings.get')).value.theme).toBe('dark');
  await expect(page.getByRole('radio', { name: 'Mørkt', exact: true })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Still so once every event and reload the two saves set off has been answered.
  await page.waitForTimeout(500);
  await expect(page.getByRole('radio', { name: 'Mørkt', exact: true })).toBeChecked();
});
