import { expect, test } from '@playwright/test';
import { startHost, type StartedHost } from '../host';

/** Faults a new user met in the first hour with Kreds (issue 18): each test failed before its fix. */
let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const DEMO_NOW = { KREDS_NOW: '2026-05-14T10:00:00' };

test('comparing from an older meeting with a later one puts the older one under Dengang in the pickers too', async ({ page }) => {
  host = await startHost({ demo: true, env: DEMO_NOW });
  const cases = await host.call<{ id: string }[]>('cases.list', { query: 'Malthe' });
  const timeline = await host.call<{ entries: { id: string; startsAt: string }[] }>('review.timeline', { caseId: cases.value[0]!.id });
  const [latest, middle, oldest] = timeline.value.entries; // newest first
  await page.goto(`${host.url}#/meetings/${middle!.id}/review`);
  await page.getByLabel('Sammenlign med').selectOption(latest!.id);
  await page.getByRole('button', { name: 'Sammenlign', exact: true }).click();
  await expect(page.getByRole('combobox', { name: /^Dengang/ })).toHaveValue(middle!.id);
  await expect(page.getByRole('combobox', { name: /^Nu/ })).toHaveValue(latest!.id);
  await expect(page.getByRole('heading', { name: /^Dengang: / })).toContainText(middle!.startsAt.slice(8, 10));
  // Picking an older meeting under "Nu" swaps the two rather than showing them reversed.
  await page.getByRole('combobox', { name: /^Nu/ }).selectOption(oldest!.id);
  await expect(page.getByRole('combobox', { name: /^Dengang/ })).toHaveValue(oldest!.id);
  await expect(page.getByRole('combobox', { name: /^Nu/ })).toHaveValue(middle!.id);
});
