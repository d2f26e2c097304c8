import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, tempDataDir, type StartedHost } from '../host';

let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const child = (name: string) => ({ childName: name, birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' });

test('a closed case shows its deletion date, and "Slet sagen nu" needs the name typed and leaves only a receipt', async ({ page }) => {
  host = await startHost({ env: { KREDS_NOW: '2026-05-14T10:00:00' } });
  const sofie = await host.call<{ id: string }>('cases.create', child('Sofie'));
  await host.call('cases.close', { id: sofie.value.id, reason: 'Bekymringen er væk' });
  await page.goto(`${host.url}#/cases/${sofie.value.id}`);
  await expect(page.getByText('Sagen skal slettes 14.05.2031 (5 år efter lukning).')).toBeVisible();
  await expect(page.getByText('Retsgrundlag: ikke udfyldt endnu (Indstillinger)')).toBeVisible();

  await page.getByRole('button', { name: 'Slet sagen nu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Slet sagen nu' });
  await dialog.getByLabel('Skriv barnets navn for at bekræfte: Sofie').fill('Sofi');
  await dialog.getByRole('button', { name: 'Slet sagen' }).click();
  await expect(dialog.getByText('Skriv barnets navn præcis som på sagen for at bekræfte')).toBeVisible();
  await dialog.getByLabel('Skriv barnets navn for at bekræfte: Sofie').fill('Sofie');
  await dialog.getByRole('button', { name: 'Slet sagen' }).click();
  await expect(page.getByText('Der er ingen sager endnu')).toBeVisible();

  const trail = await host.call<{ action: string; fields: string[] }[]>('audit.list', { caseId: sofie.value.id });
  expect(trail.value.map((e) => e.action)).toEqual(['delete', 'close', 'create']);
  expect(JSON.stringify(trail.value)).not.toContain('Sofie');
});

test('the change log of a case lists who changed what, before and after, and verifies the chain', async ({ page }) => {
  host = await startHost();
  const c = await host.call<{ id: string }>('cases.create', child('Oliver'));
  await host.call('cases.update', { id: c.value.id, ...child('Oliver'), responsibleWorker: 'Jonas Holm' });
  await page.goto(`${host.url}#/cases/${c.value.id}/audit`);
  await expect(page.getByRole('heading', { name: 'Ændringslog for Oliver' })).toBeVisible();
  const rows = page.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Ændret sagen');
  // The responsible worker is a value the rule allows; the child is never named in the log.
  await expect(rows.nth(1)).toContainText('Sag: ansvarlig Mette Sørensen → Jonas Holm');
  await expect(rows.nth(2)).toContainText('Sag oprettet: sagstype Netværksforløb; ansvarlig Mette Sørensen; status åben');
  await expect(page.getByRole('table')).not.toContainText('Oliver');
  await page.getByRole('button', { name: 'Kontrollér loggen' }).click();
  await expect(page.getByText(/Loggen er intakt: alle \d+ linjer hænger sammen./)).toBeVisible();
});

test('the change log shows what changed in an agreement, before and after, in Danish', async ({ page }) => {
  host = await startHost({ env: { KREDS_NOW: '2026-05-14T10:00:00' } });
  const c = await host.call<{ id: string }>('cases.create', child('Oliver'));
  const a = await host.call<{ id: string }>('agreements.create', { caseId: c.value.id, what: 'Ringe til skolen', responsibleName: 'Mette Sørensen', dueDate: '2026-05-12' });
  await host.call('agreements.update', { id: a.value.id, what: 'Ringe til skolen', responsibleName: 'Mette Sørensen', status: 'done', dueDate: '2026-05-19' });
  await page.goto(`${host.url}#/cases/${c.value.id}/audit`);
  const rows = page.getByRole('row');
  await expect(rows.nth(1)).toContainText('Ændret aftale');
  await expect(rows.nth(1)).toContainText('Aftale "Ringe til skolen": status ikke startet → udført; frist 12.05.2026 → 19.05.2026');
  await expect(rows.nth(2)).toContainText('Oprettet aftale');
  await page.getByRole('button', { name: 'Kontrollér loggen' }).click();
  await expect(page.getByText(/Loggen er intakt/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('audit-log.png') });
});

test('a damaged database offers the newest good backup instead of an empty app, and restoring brings the cases back', async ({ page }) => {
  const dataDir = tempDataDir();
  host = await startHost({ dataDir });
  for (const name of ['Oliver', 'Sofie', 'Emil']) await host.call('cases.create', child(name));
  await host.call('backup.create', {});
  await host.stop();
  const file = path.join(dataDir, 'kreds.db');
  const bytes = fs.readFileSync(file);
  bytes.fill(0x41, 0, 4096);
  fs.writeFileSync(file, bytes);

  host = await startHost({ dataDir });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Databasen er beskadiget' })).toBeVisible();
  await expect(page.getByText(/Den nyeste gode sikkerhedskopi er fra .*: 3 sager/)).toBeVisible();
  await page.getByRole('button', { name: 'Gendan den nyeste gode sikkerhedskopi' }).click();
  await expect(page.getByRole('heading', { name: 'Sager' })).toBeVisible();
  for (const name of ['Oliver', 'Sofie', 'Emil']) await expect(page.getByRole('link', { name: new RegExp(name) })).toBeVisible();
});

test('Indstillinger takes a backup now and restores it after a preview of what it holds', async ({ page }) => {
  host = await startHost();
  await host.call('cases.create', child('Oliver'));
  await page.goto(`${host.url}#/settings`);
  await page.getByRole('button', { name: 'Tag sikkerhedskopi nu' }).click();
  await expect(page.getByText('1 sager (0 lukkede), 0 møder').first()).toBeVisible();
  await host.call('cases.create', child('Sofie'));

  await page.getByRole('listitem').filter({ hasText: 'Manuel' }).getByRole('button', { name: 'Gendan …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Gendan sikkerhedskopi' });
  await expect(dialog.getByText('1 sager (0 lukkede), 0 møder')).toBeVisible();
  await dialog.getByRole('button', { name: 'Gendan' }).click();
  await page.getByRole('link', { name: 'Sager' }).click();
  await expect(page.getByRole('link', { name: /Oliver/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Sofie/ })).toHaveCount(0);
});

test('a closed case past its deletion date is announced on the start page and marked in the list until someone deletes it', async ({ page }) => {
  const dataDir = tempDataDir();
  host = await startHost({ dataDir, env: { KREDS_NOW: '2026-05-14T10:00:00' } });
  const sofie = await host.call<{ id: string }>('cases.create', child('Sofie'));
  await host.call('cases.create', child('Oliver'));
  await host.call('cases.close', { id: sofie.value.id, reason: 'Bekymringen er væk' });
  await page.goto(host.url);
  await expect(page.getByRole('link', { name: /Oliver/ })).toBeVisible();
  await expect(page.getByText(/har passeret (sin|deres) slettedato/)).toHaveCount(0);
  await host.stop();

  // Five years and a day later.
  host = await startHost({ dataDir, env: { KREDS_NOW: '2031-05-15T10:00:00' } });
  await page.goto(host.url);
  await expect(page.getByText('1 lukket sag har passeret sin slettedato.')).toBeVisible();
  await page.getByRole('button', { name: 'Vis sagen' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('deletion_due');
  const rows = page.getByRole('list', { name: 'Sager' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Sofie');
  await expect(rows.first()).toContainText('Skal slettes');
  await page.screenshot({ path: test.info().outputPath('deletion-due.png') });

  await rows.first().getByRole('link').click();
  await expect(page.getByText('Opbevaringsperioden er udløbet: sagen skulle være slettet 14.05.2031.')).toBeVisible();
  await page.getByRole('button', { name: 'Slet sagen nu' }).click();
  await page.getByLabel('Skriv barnets navn for at bekræfte: Sofie').fill('Sofie');
  await page.getByRole('button', { name: 'Slet sagen', exact: true }).click();
  await expect(page.getByText(/har passeret (sin|deres) slettedato/)).toHaveCount(0);
});
