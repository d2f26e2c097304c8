import { expect, test } from '@playwright/test';
import { startHost, tempDataDir, type StartedHost } from '../host';

let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

test('a social worker creates a case and finds it again after the app restarts', async ({ page }) => {
  const dataDir = tempDataDir();
  host = await startHost({ dataDir });
  await page.goto(host.url);
  await expect(page.getByText('Der er ingen sager endnu')).toBeVisible();

  await page.getByRole('link', { name: 'Ny sag' }).first().click();
  await page.getByLabel('Barnets fornavn eller initialer').fill('Oliver');
  await page.getByLabel('Fødselsår').fill('2017');
  await page.getByLabel('Sagstype').selectOption({ label: 'Netværksforløb' });
  await page.getByLabel('Ansvarlig sagsbehandler').fill('Mette Sørensen');
  await page.getByRole('button', { name: 'Opret' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Oliver' })).toBeVisible();
  await expect(page.locator('.case-facts').getByText('Netværksforløb')).toBeVisible();

  await host.stop();
  host = await startHost({ dataDir });
  await page.goto(host.url);
  await page.getByRole('searchbox', { name: 'Søg efter barn eller deltager' }).fill('oli');
  await page.getByRole('link', { name: /Oliver/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oliver' })).toBeVisible();
  await expect(page.getByText('Mette Sørensen')).toBeVisible();
});

test('invalid input shows Danish errors at the fields and keeps what was typed', async ({ page }) => {
  host = await startHost();
  await page.goto(`${host.url}#/cases/new`);
  await page.getByLabel('Fødselsår').fill('2031');
  await page.getByRole('button', { name: 'Opret' }).click();
  await expect(page.getByText('Skal udfyldes').first()).toBeVisible();
  await expect(page.getByLabel('Barnets fornavn eller initialer')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Barnets fornavn eller initialer').fill('Oliver');
  await page.getByLabel('Ansvarlig sagsbehandler').fill('Mette Sørensen');
  await page.getByRole('button', { name: 'Opret' }).click();
  await expect(page.getByText('Fødselsåret ligger i fremtiden').first()).toBeVisible();
  await expect(page.getByLabel('Barnets fornavn eller initialer')).toHaveValue('Oliver');

  const list = await host.call<unknown[]>('cases.list', { status: 'all' });
  expect(list.value).toEqual([]);
});

test('edits a case, closes it with a reason and filters the list by status', async ({ page }) => {
  host = await startHost({ demo: true });
  await page.goto(host.url);
  await page.getByRole('link', { name: /Sofie/ }).click();
  await page.getByRole('link', { name: 'Rediger' }).click();
  // Wait for the form to hold the case, so the loaded value cannot overwrite what we type (a race under load).
  await expect(page.getByLabel('Ansvarlig sagsbehandler')).toHaveValue('Mette Sørensen');
  await page.getByLabel('Ansvarlig sagsbehandler').fill('Jonas Holm');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByText('Jonas Holm')).toBeVisible();

  await page.getByRole('button', { name: 'Luk sagen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Luk sagen' });
  await dialog.getByRole('button', { name: 'Luk sagen' }).click();
  await expect(dialog.getByText('Skal udfyldes')).toBeVisible();
  await dialog.getByLabel('Begrundelse for at lukke sagen').fill('Bekymringen er væk');
  await dialog.getByRole('button', { name: 'Luk sagen' }).click();
  await expect(page.getByText(/Lukket \d\d\.\d\d\.\d{4}: Bekymringen er væk/)).toBeVisible();

  await page.getByRole('link', { name: 'Sager' }).click();
  await expect(page.getByRole('link', { name: /Sofie/ })).toHaveCount(0);
  await page.getByLabel('Status').selectOption({ label: 'Lukket' });
  await expect(page.getByRole('link', { name: /Sofie/ })).toBeVisible();
});

test('the HTTP API refuses calls without the token and invalid input with 400', async () => {
  host = await startHost();
  const noToken = await fetch(`${host.origin}/api/cases.list`, { method: 'POST', body: '{}' });
  expect(noToken.status).toBe(401);
  const bad = await fetch(`${host.origin}/api/cases.create`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}` },
    body: JSON.stringify({ childName: 42 }),
  });
  expect(bad.status).toBe(400);
  const body = await bad.json();
  expect(body.error.code).toBe('invalid_input');
  const contract = await (await fetch(`${host.origin}/api/contract`, { headers: { Authorization: `Bearer ${host.token}` } })).json();
  expect(contract.channels.map((c: { name: string }) => c.name)).toContain('cases.create');
});

test('a wrong database key shows a clear error screen and leaves the data alone', async ({ page }) => {
  const dataDir = tempDataDir();
  host = await startHost({ dataDir });
  await host.call('cases.create', { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette' });
  await host.stop();
  host = await startHost({ dataDir, env: { KREDS_DB_KEY: 'a-wrong-key' } });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Kreds kan ikke åbne dine data' })).toBeVisible();
  await expect(page.getByText(/nøgle/)).toBeVisible();
  await host.stop();
  host = await startHost({ dataDir });
  const list = await host.call<{ childName: string }[]>('cases.list', {});
  expect(list.value.map((c) => c.childName)).toEqual(['Oliver']);
});
