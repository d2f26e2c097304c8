import { expect, test } from '@playwright/test';
import { startHost, tempDataDir, type StartedHost } from '../host';

let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

test('on a fresh install the user sets up a profile, loads the demo and later removes it in one action', async ({ page }) => {
  const dataDir = tempDataDir();
  host = await startHost({ dataDir, firstRun: true });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Velkommen til Kreds' })).toBeVisible();
  await expect(page.getByText('Trin 1 af 2')).toBeVisible();
  await page.getByLabel('Dit navn').fill('Mette Sørensen');
  await page.getByLabel('Din rolle').selectOption({ label: 'Socialrådgiver / børne- og ungerådgiver' });
  await page.getByLabel('Kommune').fill('Herning Kommune');
  await page.getByRole('button', { name: 'Næste' }).click();

  await expect(page.getByRole('heading', { name: 'Vil du prøve med en demosag?' })).toBeFocused();
  await expect(page.getByText(/Alt er fiktivt/)).toBeVisible();
  await page.getByRole('button', { name: 'Ja, indlæs demosagen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sager' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Oliver.*Fiktiv demo/ })).toBeVisible();
  await expect(page.getByText('Sagslisten indeholder fiktive demosager.')).toBeVisible();

  await host.stop();
  host = await startHost({ dataDir, firstRun: true });
  await page.goto(`${host.url}#/settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeVisible();
  await expect(page.getByLabel('Dit navn')).toHaveValue('Mette Sørensen');
  await expect(page.getByLabel('Kommune')).toHaveValue('Herning Kommune');
  await expect(page.getByText('Der er 5 demosager.')).toBeVisible();

  await page.getByRole('button', { name: 'Fjern demosagerne' }).click();
  await page.getByRole('dialog', { name: 'Fjern alle demosager?' }).getByRole('button', { name: 'Fjern demosagerne' }).click();
  await expect(page.getByRole('status')).toHaveText('5 demosager er fjernet');
  await expect(page.getByText('Der er ingen demosager.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.getByText('Der er ingen sager endnu')).toBeVisible();
  const list = await host.call<unknown[]>('cases.list', { status: 'all' });
  expect(list.value).toEqual([]);
});

test('skipping the profile and the demo starts on an empty case list that says what to do first', async ({ page }) => {
  host = await startHost({ firstRun: true });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Spring over' }).click();
  await page.getByRole('button', { name: 'Nej, start med en tom sagsliste' }).click();
  await expect(page.getByText('Der er ingen sager endnu. Opret den første sag for at komme i gang.')).toBeVisible();
  await expect(page.locator('.empty-state').getByRole('link', { name: 'Ny sag' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Kreds er klar');
});

test('the first run never shows when the app starts with --demo', async ({ page }) => {
  host = await startHost({ demo: true, firstRun: true });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Sager' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Velkommen til Kreds' })).toHaveCount(0);
});
