import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { startHost, tempDataDir, type StartedHost } from '../host';

let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const NOW = { KREDS_NOW: '2026-05-14T10:00:00' };

async function addParticipant(page: Page, person: { name: string; role: string; detail?: string; organisation?: string; email?: string }) {
  await page.getByRole('button', { name: 'Tilføj deltager' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Tilføj deltager' });
  await dialog.getByLabel('Navn').fill(person.name);
  await dialog.getByLabel('Relation eller rolle').selectOption({ label: person.role });
  if (person.detail) await dialog.getByLabel('Uddybning af rollen').fill(person.detail);
  if (person.organisation) await dialog.getByLabel('Organisation').fill(person.organisation);
  if (person.email) await dialog.getByLabel('E-mail').fill(person.email);
  await dialog.getByRole('button', { name: 'Tilføj deltager' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('listitem').filter({ hasText: person.name }).first()).toBeVisible();
}

test("a social worker builds a 9-year-old's network, records consent, arranges the map, and finds it all after a restart", async ({ page }) => {
  const dataDir = tempDataDir();
  host = await startHost({ dataDir, env: NOW });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.url}#/cases/new`);
  await page.getByLabel('Barnets fornavn eller initialer').fill('Oliver');
  await page.getByLabel('Fødselsår').fill('2017');
  await page.getByLabel('Ansvarlig sagsbehandler').fill('Mette Sørensen');
  await page.getByRole('button', { name: 'Opret' }).click();

  // An empty case asks for the network first; once it is begun, the private network is asked about.
  await expect(page.getByRole('heading', { name: 'Tilføj barnets netværk' })).toBeVisible();
  await expect(page.getByText('Der er ikke holdt eller planlagt møder endnu.', { exact: false })).toBeVisible();

  await addParticipant(page, { name: 'Camilla Nielsen', role: 'Mor' });
  await expect(page.getByRole('heading', { name: 'Er barnets private netværk afdækket?' })).toBeVisible();
  await addParticipant(page, { name: 'Birthe Nielsen', role: 'Bedsteforælder', detail: 'mormor' });
  await addParticipant(page, { name: 'Kim Andersen', role: 'Netværksperson', detail: 'fodboldtræner', organisation: 'Nordby IF' });
  await expect(page.getByRole('heading', { name: 'Er barnets private netværk afdækket?' })).toBeHidden();
  await addParticipant(page, { name: 'Lars Berg', role: 'Lærer', organisation: 'Nordby Skole', email: 'lars.berg@example.dk' });
  await addParticipant(page, { name: 'Sara Lund', role: 'PPR-psykolog', organisation: 'PPR Nordby' });
  await addParticipant(page, { name: 'Mette Sørensen', role: 'Børne- og ungerådgiver (socialrådgiver)' });

  const family = page.getByRole('region', { name: /^Familie/ });
  await expect(family.getByText('Camilla Nielsen')).toBeVisible();
  await expect(family.getByText('Bedsteforælder (mormor)')).toBeVisible();
  await expect(page.getByRole('region', { name: /^Privat netværk/ }).getByText('Kim Andersen')).toBeVisible();
  await expect(page.getByRole('region', { name: /^Fagpersoner/ }).getByRole('listitem')).toHaveCount(3);

  await page.getByLabel('Vælg kontaktperson').selectOption({ label: 'Mette Sørensen · Børne- og ungerådgiver (socialrådgiver)' });
  await page.getByRole('button', { name: 'Gem kontaktperson' }).click();
  await expect(page.getByText('Siden 14.05.2026')).toBeVisible();

  await page.getByRole('button', { name: 'Registrér samtykke' }).click();
  const consent = page.getByRole('dialog', { name: 'Registrér samtykke' });
  await consent.getByLabel('Forældremyndighed', { exact: true }).selectOption({ label: 'Eneforældremyndighed' });
  await consent.getByRole('checkbox', { name: /Camilla Nielsen/ }).check();
  await consent.getByLabel('Dato', { exact: true }).fill('15.05.2026');
  await consent.getByRole('checkbox', { name: 'Skolegang og trivsel' }).check();
  await consent.getByRole('checkbox', { name: /Lars Berg/ }).check();
  await consent.getByRole('checkbox', { name: /Mette Sørensen/ }).check();
  await consent.getByLabel('Formål', { exact: true }).fill('At skole og rådgiver kan samarbejde om Olivers fremmøde');
  await consent.getByLabel('Det må det private netværk få at vide', { exact: true }).fill('At Oliver har svært ved at komme af sted om morgenen.');
  await consent.getByRole('button', { name: 'Gem' }).click();
  await expect(consent.getByText(/Datoen ligger i fremtiden/)).toBeVisible();
  await expect(consent.getByLabel('Formål', { exact: true })).toHaveValue('At skole og rådgiver kan samarbejde om Olivers fremmøde');
  await consent.getByLabel('Dato', { exact: true }).fill('01.05.2026');
  await consent.getByRole('button', { name: 'Gem' }).click();
  await expect(consent).toBeHidden();

  const consentPanel = page.getByRole('region', { name: /Samtykke/ });
  await expect(consentPanel.getByText('Gyldigt samtykke')).toBeVisible();
  await expect(consentPanel.getByText('Uden for samtykket: Sara Lund')).toBeVisible();
  await expect(consentPanel.getByText('At Oliver har svært ved at komme af sted om morgenen.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Sara Lund' }).getByText('Uden for samtykket')).toBeVisible();

  await page.getByRole('link', { name: 'Åbn netværkskortet' }).first().click();
  await expect(page.getByRole('heading', { name: 'Netværkskort: Oliver' })).toBeVisible();
  await page.getByRole('button', { name: 'Gem en version' }).click();
  await expect(page.getByRole('status')).toHaveText('En version af kortet er gemt');
  const kim = page.getByRole('button', { name: /^Kim Andersen/ });
  await expect(kim).toHaveAccessibleName(/Et stykke væk/);
  await kim.focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('button', { name: /^Kim Andersen/ })).toHaveAccessibleName(/Tæt på/);

  const lars = page.getByRole('button', { name: /^Lars Berg/ });
  const map = await page.locator('svg.netmap').boundingBox();
  const from = await lars.boundingBox();
  const scale = map!.width / 1060; // the map is 1060 units wide (NetworkMapView)
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 3);
  await page.mouse.down();
  await page.mouse.move(map!.x + map!.width / 2 + 200 * scale, map!.y + map!.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByRole('button', { name: /^Lars Berg/ })).toHaveAccessibleName(/Et stykke væk/);

  await page.getByLabel('Linje til Camilla Nielsen').selectOption({ label: 'Støtte' });
  await page.getByLabel('Linje til Lars Berg').selectOption({ label: 'Belastning' });
  await expect(page.getByRole('button', { name: /^Lars Berg/ })).toHaveAccessibleName(/Belastning/);

  await host.stop();
  host = await startHost({ dataDir, env: NOW });
  await page.goto(host.url);
  await page.getByRole('searchbox', { name: 'Søg efter barn eller deltager' }).fill('Birthe');
  await expect(page.getByText('Deltager: Birthe Nielsen')).toBeVisible();
  await page.getByRole('link', { name: /Oliver/ }).click();
  for (const name of ['Camilla Nielsen', 'Birthe Nielsen', 'Kim Andersen', 'Lars Berg', 'Sara Lund']) {
    await expect(page.getByRole('listitem').filter({ hasText: name }).first()).toBeVisible();
  }
  await expect(page.getByRole('region', { name: /Samtykke/ }).getByText('Gyldigt samtykke')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kontaktperson for familien' }).getByText('Mette Sørensen')).toBeVisible();
  await page.getByRole('link', { name: 'Åbn netværkskortet' }).first().click();
  await expect(page.getByRole('button', { name: /^Kim Andersen/ })).toHaveAccessibleName(/Tæt på/);
  await expect(page.getByRole('button', { name: /^Lars Berg/ })).toHaveAccessibleName(/Et stykke væk, Belastning/);
  await expect(page.getByRole('button', { name: /^Camilla Nielsen/ })).toHaveAccessibleName(/Støtte/);

  await expect(page.getByLabel('Version').getByRole('option', { name: /^Gemt 14\.05\.2026/ })).toHaveCount(1);
  await page.getByLabel('Version').selectOption({ index: 1 });
  await expect(page.getByText('Kim Andersen er rykket tættere på: Et stykke væk → Tæt på')).toBeVisible();
  await expect(page.getByText('Linjen til Lars Berg: Ingen linje → Belastning')).toBeVisible();
  await expect(page.getByRole('img', { name: /^Kim Andersen.*Et stykke væk/ })).toBeVisible();
});

test('bad participant input gets Danish errors, keeps the typing, and a duplicate asks "did you mean the existing person?"', async ({ page }) => {
  host = await startHost({ env: NOW });
  const created = await host.call<{ id: string }>('cases.create', { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const caseId = created.value.id;
  await host.call('participants.create', { caseId, name: 'Camilla Nielsen', role: 'mother' });
  await page.goto(`${host.url}#/cases/${caseId}`);

  await page.getByRole('button', { name: 'Tilføj deltager' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Tilføj deltager' });
  await dialog.getByLabel('E-mail').fill('camilla@');
  await dialog.getByLabel('Kort note').fill('x'.repeat(2001));
  await dialog.getByRole('button', { name: 'Tilføj deltager' }).click();
  await expect(dialog.getByText('Skal udfyldes')).toBeVisible();
  await expect(dialog.getByText('Det er ikke en gyldig e-mailadresse')).toBeVisible();
  await expect(dialog.getByText('Må højst være 2000 tegn')).toBeVisible();
  await expect(dialog.getByLabel('Kort note')).toHaveValue('x'.repeat(2001));

  await dialog.getByLabel('Navn').fill('camilla nielsen');
  await dialog.getByLabel('E-mail').fill('');
  await dialog.getByLabel('Kort note').fill('');
  await dialog.getByRole('button', { name: 'Tilføj deltager' }).click();
  await expect(dialog.getByRole('heading', { name: 'Mente du den eksisterende person?' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Brug Camilla Nielsen' }).click();
  await expect(dialog).toBeHidden();

  const list = await host.call<unknown[]>('participants.list', { caseId, includeArchived: true });
  expect(list.value).toHaveLength(1);
});

test('a participant never used in a meeting can be deleted; archiving keeps them and they can be restored', async ({ page }) => {
  host = await startHost({ env: NOW });
  const created = await host.call<{ id: string }>('cases.create', { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const caseId = created.value.id;
  await host.call('participants.create', { caseId, name: 'Kim Andersen', role: 'network_person' });
  await host.call('participants.create', { caseId, name: 'Lars Berg', role: 'teacher' });
  await page.goto(`${host.url}#/cases/${caseId}`);

  await page.getByRole('button', { name: 'Arkivér Kim Andersen' }).click();
  await expect(page.getByRole('heading', { name: 'Er barnets private netværk afdækket?' })).toBeVisible();
  await page.getByRole('button', { name: 'Vis arkiverede (1)' }).click();
  await page.getByRole('button', { name: 'Gendan Kim Andersen' }).click();
  await expect(page.getByRole('region', { name: /^Privat netværk/ }).getByText('Kim Andersen')).toBeVisible();

  await page.getByRole('button', { name: 'Rediger Kim Andersen' }).click();
  const edit = page.getByRole('dialog', { name: 'Rediger Kim Andersen' });
  await edit.getByLabel('Telefon').fill('30 11 22 33');
  await edit.getByLabel('Gruppe', { exact: true }).selectOption({ label: 'Familie' });
  await edit.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('region', { name: /^Familie/ }).getByText('30 11 22 33')).toBeVisible();

  await page.getByRole('button', { name: 'Slet Lars Berg' }).click();
  await page.getByRole('dialog', { name: 'Slet Lars Berg?' }).getByRole('button', { name: 'Slet' }).click();
  await expect(page.getByRole('main').getByText('Lars Berg')).toHaveCount(0);
});

test('the case overview, the network map, its shared-screen view and the participant dialog have no axe violations', async ({ page }) => {
  host = await startHost({ demo: true, env: NOW });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(host.url);
  await page.getByRole('link', { name: /Oliver/ }).click();
  await expect(page.getByRole('heading', { name: 'Deltagere' })).toBeVisible();
  const check = async () => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await check();
  await page.getByRole('button', { name: 'Tilføj deltager' }).click();
  await check();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Åbn netværkskortet' }).first().click();
  await expect(page.getByRole('button', { name: /^Kim Andersen/ })).toBeVisible();
  await check();
  await page.getByRole('link', { name: 'Vis på fælles skærm' }).click();
  await expect(page.getByRole('heading', { name: 'Hvem er her?' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Kim Andersen, fodboldtræner, Privat netværk, Et stykke væk, Støtte' })).toBeVisible();
  await expect(page.getByText('30 11 22 33')).toHaveCount(0);
  await check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Netværkskort: Oliver' })).toBeVisible();
});

test('adding a professional the consent does not cover shows a warning at once', async ({ page }) => {
  host = await startHost({ env: NOW });
  const created = await host.call<{ id: string }>('cases.create', { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const caseId = created.value.id;
  const teacher = await host.call<{ id: string }>('participants.create', { caseId, name: 'Lars Berg', role: 'teacher', organisation: 'Nordby Skole' });
  await host.call('consent.create', {
    caseId,
    kind: 'consent',
    custody: 'sole',
    givenBy: [{ name: 'Camilla Nielsen', capacity: 'custody_holder' }],
    givenOn: '2026-05-01',
    infoTypes: ['school'],
    recipientIds: [teacher.value.id],
    recipientOrganisations: ['Nordby Skole'],
    purpose: 'Skolegang',
  });
  await page.goto(`${host.url}#/cases/${caseId}`);
  await expect(page.getByText('Gyldigt samtykke')).toBeVisible();

  await addParticipant(page, { name: 'Bente Holm', role: 'Sundhedsplejerske', organisation: 'Sundhedsplejen' });
  await expect(page.getByRole('alert').filter({ hasText: 'Bente Holm er ikke omfattet af samtykket' })).toBeVisible();
  await expect(page.getByText('Uden for samtykket: Bente Holm')).toBeVisible();

  // Covered through her organisation, which the consent names.
  await addParticipant(page, { name: 'Pia Berg', role: 'Lærer', organisation: 'nordby skole' });
  await expect(page.getByRole('alert').filter({ hasText: 'ikke omfattet' })).toHaveCount(0);
});
