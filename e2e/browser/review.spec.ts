import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHost, tempDataDir, type StartedHost } from '../host';
import { pdfPagesAsPng, pdfText } from '../pdf';

/** Review, search and exports on the demo case with a history: Malthe, three held meetings and the next one planned. */
const NOW = { KREDS_NOW: '2026-05-14T10:00:00' };
const PASSPHRASE = 'grøn hest ved åen';
const hosts: StartedHost[] = [];
test.afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.stop()));
});

async function demoHost(): Promise<StartedHost> {
  const host = await startHost({ demo: true, env: NOW });
  hosts.push(host);
  return host;
}

async function malthe(host: StartedHost): Promise<{ caseId: string; meetings: string[] }> {
  const cases = await host.call<{ id: string; childName: string }[]>('cases.list', { query: 'Malthe' });
  const caseId = cases.value[0]!.id;
  const timeline = await host.call<{ entries: { id: string }[] }>('review.timeline', { caseId });
  return { caseId, meetings: timeline.value.entries.map((e) => e.id).reverse() };
}

async function printPdf(page: Page, url: string, file: string): Promise<string> {
  // A fresh document each time: after a hash-only navigation the previous print's data-print-ready is still set.
  await page.goto('about:blank');
  await page.goto(url);
  await page.locator('body[data-print-ready="1"]').waitFor();
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return pdfText(file);
}

test('a PPR psychologist finds what the teacher said about mornings three meetings ago and lands on it', async ({ page, context }) => {
  const host = await demoHost();
  const { meetings } = await malthe(host);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${host.url}#/search`);
  await page.getByRole('searchbox', { name: /Søg i noter/ }).fill('"morgenerne er svære"');
  const hit = page.getByRole('link', { name: /Læreren fortæller, at morgenerne er svære/ });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText('morgenerne');
  await hit.click();

  await expect(page).toHaveURL(new RegExp(`/meetings/${meetings[0]}/review`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inddragende netværksmøde 13.01.2026 kl. 09.00');
  const phase = page.locator('#phase-network_professionals');
  await expect(phase).toHaveClass(/is-target/);
  await expect(phase.locator('mark', { hasText: 'morgenerne' })).toBeVisible();

  await page.getByRole('button', { name: 'Kopiér journalnotat', exact: true }).click();
  // The copy is asynchronous: wait until the clipboard holds the note.
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Journalnotat – Inddragende netværksmøde vedr. Malthe');
  const note = await page.evaluate(() => navigator.clipboard.readText());
  expect(note).toContain('Journalnotat – Inddragende netværksmøde vedr. Malthe');
  expect(note).toContain('- Inge: Følger Malthe i skole mandag, onsdag og fredag – senest 23.02.2026');
  expect(note).not.toContain('alkohol');
});

test('search input with FTS syntax characters shows results or none, never an error', async ({ page }) => {
  const host = await demoHost();
  await page.goto(`${host.url}#/search`);
  const box = page.getByRole('searchbox', { name: /Søg i noter/ });
  for (const text of ['"', '*', '(', 'NEAR(', '-', 'morgen*', 'OR AND NOT']) {
    await box.fill(text);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  await box.fill('morgen*');
  await expect(page.getByText(/\d+ resultater/)).toBeVisible();
});

test('comparing the first and the third meeting shows the map changes and everyone’s numbers then and now', async ({ page }) => {
  const host = await demoHost();
  const { caseId } = await malthe(host);
  await page.goto(`${host.url}#/cases/${caseId}/timeline`);
  await expect(page.getByRole('link', { name: /13\.01\.2026.*Inddragende netværksmøde/ })).toBeVisible();
  await page.getByRole('link', { name: 'Sammenlign møder' }).click();
  await expect(page.getByRole('heading', { name: 'Dengang: 13.01.2026' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nu: 07.04.2026' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kortet: 2 nye, 0 fjernet, 0 ændret' })).toBeVisible();
  await expect(page.getByRole('row', { name: 'Henrik Lund 3 7 (+4)' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Observerer Malthe i frikvartererne.*I gang \(vurderet: delvist\)/ })).toBeVisible();
  await expect(page.getByText('alkohol')).toHaveCount(0);
  // The box is controlled by the route's query: click it and wait for the page to follow.
  await page.getByLabel('Vis fortrolige punkter').click();
  await expect(page.getByLabel('Vis fortrolige punkter')).toBeChecked();
  await expect(page.getByText('Fars skiftende vagter gør morgenerne uforudsigelige')).toBeVisible();
});

test('the family PDF has the agreements and next meeting but no fortroligt item; the professional one is marked', async ({ page }, testInfo) => {
  const host = await demoHost();
  const { meetings } = await malthe(host);
  const family = testInfo.outputPath('referat-familie.pdf');
  const text = await printPdf(page, `${host.url}#/print/meeting/${meetings[0]}?version=family`, family);
  expect(text).toContain('Netværksmøde for Malthe');
  expect(text).toContain('Det talte vi om og aftalte');
  expect(text).toMatch(/Følger Malthe i skole mandag,\s+onsdag og fredag/);
  expect(text).toContain('Ringer hjem inden kl. 9');
  expect(text).toContain('24.02.2026 kl. 09.00');
  expect(text).toMatch(/Side 1 af \d/);
  expect(text).toContain('Udskrevet 14.05.2026');
  expect(text).not.toContain('alkohol');
  expect(text).not.toMatch(/fortroligt/i);

  const professional = await printPdf(page, `${host.url}#/print/meeting/${meetings[0]}?version=professional`, testInfo.outputPath('referat-fag.pdf'));
  expect(professional).toContain('FORTROLIGT – KUN TIL FAGPERSONER');
  expect(professional).toContain('Fars tidligere alkoholforbrug');

  const plan = await printPdf(page, `${host.url}#/print/plan/${(await malthe(host)).caseId}`, testInfo.outputPath('plan.pdf'));
  expect(plan).toContain('Malthe møder i skole mindst 9 ud af 10 dage');

  // The pages as images, to look at (attached to the report) and to be sure they render: none may come out blank.
  const images = await pdfPagesAsPng(family, testInfo.outputPath('family-page'), 60 / 72);
  expect(images.length).toBeGreaterThan(0);
  for (const image of images) {
    expect(image.inkShare, path.basename(image.file)).toBeGreaterThan(0.001);
    await testInfo.attach(path.basename(image.file), { path: image.file, contentType: 'image/png' });
  }
});

test('a case exported as a bundle with its fortrolige oplysninger and imported into a fresh installation is the same case, and the import is in its log', async ({ page }, testInfo) => {
  const source = await demoHost();
  const { caseId, meetings } = await malthe(source);
  await page.goto(`${source.url}#/cases/${caseId}/timeline`);
  await page.getByRole('button', { name: 'Eksportér sagspakke' }).click();
  await page.getByLabel('Adgangskode', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Gentag adgangskoden').fill(PASSPHRASE);
  await expect(page.getByLabel('Medtag fortrolige oplysninger')).not.toBeChecked();
  await page.getByLabel('Medtag fortrolige oplysninger').check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér', exact: true }).click();
  const file = testInfo.outputPath('malthe.kreds');
  await (await downloading).saveAs(file);
  expect(fs.readFileSync(file, 'utf8')).not.toContain('Malthe');

  const target = await startHost({ dataDir: tempDataDir(), env: NOW });
  hosts.push(target);
  await page.goto(`${target.url}#/bundles/import`);
  await page.getByLabel('Sagspakke').setInputFiles(file);
  await page.getByLabel('Adgangskode').fill('forkert kode 123');
  await page.getByRole('button', { name: 'Vis indhold' }).click();
  await expect(page.getByText('Adgangskoden passer ikke til sagspakken')).toBeVisible();
  await page.getByLabel('Adgangskode').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Vis indhold' }).click();
  await expect(page.getByText('Møder: 4')).toBeVisible();
  await page.getByRole('button', { name: 'Importér', exact: true }).click();
  await expect(page.getByRole('status').getByRole('link', { name: 'Malthe' })).toBeVisible();

  for (const meetingId of meetings) {
    const [a, b] = await Promise.all([source, target].map((h) => h.call('review.meeting', { meetingId, professional: true })));
    expect(b).toEqual(a);
  }
  const [ta, tb] = await Promise.all([source, target].map((h) => h.call('review.prepare', { caseId })));
  expect(tb).toEqual(ta);
  const again = await target.call('bundle.import', { file: fs.readFileSync(file, 'utf8'), passphrase: PASSPHRASE });
  expect(again.error?.message).toContain('findes allerede på denne computer');

  await page.goto(`${target.url}#/cases/${caseId}/audit`);
  await expect(page.getByRole('row').nth(1)).toContainText(/Importeret sagen.*Sagspakke importeret: \d+ oplysninger i alt \(møder: 4\)/);
  await page.goto(`${source.url}#/cases/${caseId}/audit`);
  await expect(page.getByRole('row').nth(1)).toContainText('Sagspakke eksporteret MED fortrolige oplysninger');
});

test("a search hit on the child's words in De tre huse lands on that quote in the meeting, highlighted", async ({ page }) => {
  const host = await demoHost();
  await page.goto(`${host.url}#/search`);
  await page.getByRole('searchbox', { name: /Søg i noter/ }).fill('morgenmad');
  const hit = page.getByRole('link', { name: /At mor er glad, og vi spiser morgenmad sammen/ });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('De tre huse');
  await hit.click();

  await expect(page).toHaveURL(/\/meetings\/.*\/review\?.*pro=1/);
  const quote = page.locator('#houses li.is-target');
  await expect(quote).toContainText('At mor er glad, og vi spiser morgenmad sammen.');
  await expect(quote).toContainText('ikke vist på skærmen');
  await expect(quote.locator('mark')).toHaveText('morgenmad');
  await expect(quote).toBeInViewport();
  await expect(quote).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('house-hit.png') });

  // The family's version carries only the words the child chose to show.
  await page.getByRole('button', { name: 'Familievisning' }).click();
  await expect(page.locator('#houses')).toContainText('Min kat, Simba.');
  await expect(page.getByText('At mor er glad, og vi spiser morgenmad sammen.')).toBeHidden();
});
