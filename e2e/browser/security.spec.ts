import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, tempDataDir, type StartedHost } from '../host';

let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const oliver = { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' };

test('the database key never reaches the logs, the error output or anything the renderer receives', async ({ page }) => {
  const key = 'probe-key-5f1c9e7a2b';
  const dataDir = tempDataDir();
  const outputs: string[] = [];
  const seen: string[] = [];
  page.on('response', async (response) => seen.push(await response.text().catch(() => '')));

  host = await startHost({ dataDir, env: { KREDS_DB_KEY: key } });
  host.process.stdout!.on('data', (chunk: Buffer) => outputs.push(chunk.toString()));
  await page.goto(host.url);
  await host.call('cases.create', oliver);
  await host.call('cases.create', { childName: 42 });
  await host.call('cases.get', { id: '00000000-0000-4000-8000-000000000000' });
  await host.call('lock.unlock', { secret: 'nothing set' });
  const backup = await host.call<{ name: string }>('backup.create', {});
  seen.push(JSON.stringify(await host.call('backup.list', {})), JSON.stringify(await host.call('backup.export', { name: backup.value.name })));
  seen.push(JSON.stringify(await host.call('app.info', {})));
  seen.push(await (await fetch(`${host.origin}/api/contract`, { headers: { Authorization: `Bearer ${host.token}` } })).text());
  seen.push(await page.content(), await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage })));
  outputs.push(host.stderr());
  await host.stop('SIGKILL');

  // Start-up failures write to stderr: a wrong key, and a damaged database file.
  host = await startHost({ dataDir, env: { KREDS_DB_KEY: `${key}-wrong` } });
  seen.push(JSON.stringify(await host.call('app.info', {})));
  outputs.push(host.stderr());
  await host.stop();
  fs.writeFileSync(path.join(dataDir, 'kreds.db'), 'garbage');
  host = await startHost({ dataDir, env: { KREDS_DB_KEY: key } });
  seen.push(JSON.stringify(await host.call('app.info', {})));
  outputs.push(host.stderr());

  expect(seen.length).toBeGreaterThan(5);
  for (const text of [...outputs, ...seen]) expect(text).not.toContain(key);
});

test('the app locks on Ctrl+L, hides the case, keeps what was typed, and the host refuses data while locked', async ({ page }) => {
  host = await startHost();
  await host.call('cases.create', oliver);
  await host.call('lock.setup', { secret: '482913' });
  await page.goto(`${host.url}#/cases/new`);
  await page.getByLabel('Barnets fornavn eller initialer').fill('Sofie');

  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Kreds er låst' })).toBeVisible();
  await expect(page.getByLabel('Barnets fornavn eller initialer')).toBeHidden();
  const refused = await host.call('cases.list', {});
  expect(refused.error?.code).toBe('locked');

  await page.getByLabel('PIN-kode eller adgangssætning').fill('000000');
  await page.getByRole('button', { name: 'Lås op' }).click();
  await expect(page.getByText('Forkert PIN-kode eller adgangssætning')).toBeVisible();
  await page.getByLabel('PIN-kode eller adgangssætning').fill('482913');
  await page.getByRole('button', { name: 'Lås op' }).click();
  await expect(page.getByRole('heading', { name: 'Kreds er låst' })).toBeHidden();
  await expect(page.getByLabel('Barnets fornavn eller initialer')).toBeVisible();
  await expect(page.getByLabel('Barnets fornavn eller initialer')).toHaveValue('Sofie');
  expect((await host.call('cases.list', {})).ok).toBe(true);
});

test('a PIN chosen in Indstillinger protects the next start, and the lock button locks at once', async ({ page }) => {
  const dataDir = tempDataDir();
  host = await startHost({ dataDir });
  await page.goto(`${host.url}#/settings`);
  await page.getByLabel('Ny PIN-kode eller adgangssætning').fill('1234');
  await page.getByLabel('Gentag den').fill('1234');
  await page.getByRole('button', { name: 'Gem PIN-kode' }).click();
  await expect(page.getByText('En PIN-kode skal have mindst 6 cifre')).toBeVisible();
  await page.getByLabel('Ny PIN-kode eller adgangssætning').fill('kaffe og kage');
  await page.getByLabel('Gentag den').fill('kaffe og kage');
  await page.getByRole('button', { name: 'Gem PIN-kode' }).click();
  await expect(page.getByText('Kreds er beskyttet med PIN-kode eller adgangssætning.')).toBeVisible();
  await page.getByRole('button', { name: 'Lås', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Kreds er låst' })).toBeVisible();

  await host.stop();
  host = await startHost({ dataDir });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Kreds er låst' })).toBeVisible();
  await page.getByLabel('PIN-kode eller adgangssætning').fill('kaffe og kage');
  await page.getByRole('button', { name: 'Lås op' }).click();
  await expect(page.getByRole('heading', { name: 'Sager' })).toBeVisible();
});

test('an HTML payload typed as a name shows literally everywhere and never runs', async ({ page }) => {
  const payload = '<img src=x onerror=alert(1)>';
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  host = await startHost();
  await page.goto(`${host.url}#/cases/new`);
  await page.getByLabel('Barnets fornavn eller initialer').fill(payload);
  await page.getByLabel('Fødselsår').fill('2017');
  await page.getByLabel('Ansvarlig sagsbehandler').fill('<script>alert(2)</script>');
  await page.getByRole('button', { name: 'Opret' }).click();

  await expect(page.getByRole('heading', { level: 1, name: payload })).toBeVisible();
  await expect(page.getByText('<script>alert(2)</script>')).toBeVisible();
  await page.getByRole('link', { name: 'Ændringslog' }).click();
  await expect(page.getByRole('heading', { name: `Ændringslog for ${payload}` })).toBeVisible();
  await page.getByRole('link', { name: 'Sager' }).click();
  await expect(page.getByRole('link', { name: new RegExp(payload.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeVisible();
  expect(await page.locator('img[src="x"], main script').count()).toBe(0);
  expect(dialogs).toBe(0);
});
