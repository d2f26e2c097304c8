import AxeBuilder from '@axe-core/playwright';
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
  await expect(page.getByText('Trin 1 af 3')).toBeVisible();
  await page.getByLabel('Dit navn').fill('Mette Sørensen');
  await page.getByLabel('Din rolle').selectOption({ label: 'Socialrådgiver / børne- og ungerådgiver' });
  await page.getByLabel('Kommune').fill('Herning Kommune');
  await page.getByRole('button', { name: 'Næste' }).click();

  await expect(page.getByRole('heading', { name: 'Lås Kreds med en PIN-kode' })).toBeFocused();
  await expect(page.getByText('Trin 2 af 3')).toBeVisible();
  await page.getByRole('button', { name: 'Senere' }).click();

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
  await page.getByRole('button', { name: 'Senere' }).click();
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

test('the first run sets the app lock: a weak PIN is refused in Danish, a good one protects Kreds from then on', async ({ page }) => {
  const dataDir = tempDataDir();
  host = await startHost({ dataDir, firstRun: true });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Spring over' }).click();
  await expect(page.getByRole('heading', { name: 'Lås Kreds med en PIN-kode' })).toBeFocused();
  await page.getByLabel('Ny PIN-kode eller adgangssætning').fill('1234');
  await page.getByLabel('Gentag den').fill('1234');
  await page.getByRole('button', { name: 'Gem PIN-kode og fortsæt' }).click();
  await expect(page.locator('.field__error').first()).toBeVisible();
  await expect(page.getByLabel('Ny PIN-kode eller adgangssætning')).toHaveValue('1234');
  await page.getByLabel('Ny PIN-kode eller adgangssætning').fill('Mormor henter om onsdagen');
  await page.getByLabel('Gentag den').fill('Mormor henter om torsdagen');
  await page.getByRole('button', { name: 'Gem PIN-kode og fortsæt' }).click();
  await expect(page.getByText('De to er ikke ens')).toBeVisible();
  await page.getByLabel('Gentag den').fill('Mormor henter om onsdagen');
  await page.getByRole('button', { name: 'Gem PIN-kode og fortsæt' }).click();
  await expect(page.getByRole('heading', { name: 'Vil du prøve med en demosag?' })).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('PIN-koden er gemt');

  // Back to the lock step: it says the lock is set instead of asking again.
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await expect(page.getByText('Kreds er beskyttet med PIN-kode eller adgangssætning.')).toBeVisible();
  await page.getByRole('button', { name: 'Næste' }).click();
  await page.getByRole('button', { name: 'Nej, start med en tom sagsliste' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sager' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Påmindelse om lås' })).toHaveCount(0);

  await host.stop();
  host = await startHost({ dataDir });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Kreds er låst' })).toBeVisible();
  await page.getByLabel('PIN-kode eller adgangssætning').fill('Mormor henter om onsdagen');
  await page.getByRole('button', { name: 'Lås op' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sager' })).toBeVisible();
});

test('postponing the lock shows a calm reminder on every screen until a PIN is set from it', async ({ page }) => {
  host = await startHost({ firstRun: true });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Spring over' }).click();
  await page.getByRole('button', { name: 'Senere' }).click();
  await page.getByRole('button', { name: 'Nej, start med en tom sagsliste' }).click();

  const reminder = page.getByRole('region', { name: 'Påmindelse om lås' });
  await expect(reminder).toContainText('Dine data er ikke beskyttet af en lås');
  await page.keyboard.press('ControlOrMeta+Comma');
  await expect(page.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeVisible();
  await expect(reminder).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('.lock-reminder').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  await reminder.getByRole('button', { name: 'Vælg PIN-kode' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lås med PIN-kode' });
  await expect(dialog.getByLabel('Ny PIN-kode eller adgangssætning')).toBeFocused();
  const inDialog = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(inDialog.violations.map((v) => v.id)).toEqual([]);
  await dialog.getByLabel('Ny PIN-kode eller adgangssætning').fill('482913');
  await dialog.getByLabel('Gentag den').fill('482913');
  await dialog.getByRole('button', { name: 'Gem PIN-kode' }).click();
  await expect(dialog).toBeHidden();
  await expect(reminder).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('PIN-koden er gemt');
  await expect(page.getByRole('heading', { level: 1, name: 'Indstillinger' })).toBeFocused();
  expect((await host.call<{ configured: boolean }>('lock.status')).value.configured).toBe(true);
});
