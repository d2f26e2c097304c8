import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { seal } from '../../shared/domain/phoneCrypto';
import { DENSE_NOW, seedDenseMeeting, type DenseMeeting } from '../denseMeeting';
import { startHost, type StartedHost } from '../host';
import { post } from '../phoneClient';

/**
 * Deltag fra telefon in Chromium: the console turns it on, phones (390×844, touch) and the child's tablet join by the
 * QR link, scale in private, see the numbers only when revealed, send suggestions the facilitator accepts or rejects,
 * fill in a house with a drawing; a device is removed, a page without the code and a hostile message get nothing,
 * and no fortroligt text is in any phone's traffic. Screenshots go to test-results/phones/ to look at.
 */
const out = path.join('test-results', 'phones');
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 };
const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 };

let host: StartedHost;
let dense: DenseMeeting;
const contexts: BrowserContext[] = [];
/** Every response body any phone context received. */
const traffic: string[] = [];

test.beforeAll(async () => {
  fs.mkdirSync(out, { recursive: true });
  host = await startHost({ env: { KREDS_NOW: DENSE_NOW } });
  dense = await seedDenseMeeting(host.call.bind(host) as never);
});
test.afterAll(async () => {
  for (const c of contexts) await c.close();
  await host.stop();
});

async function device(browser: Browser, options: typeof PHONE, url: string): Promise<Page> {
  const context = await browser.newContext({ ...options, locale: 'da-DK' });
  contexts.push(context);
  const page = await context.newPage();
  page.on('response', (response) => void response.text().then((body) => traffic.push(body), () => undefined));
  await page.goto(url);
  return page;
}

test('phones join, scale in private, suggest and draw; refusals change nothing', async ({ browser, page }) => {
  test.setTimeout(90_000);
  const question = (await host.call<{ id: string }>('scaling.addQuestion', { meetingId: dense.meetingId, text: 'Hvor trygt er det for Aya at komme i skole om morgenen?' })).value;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${host.url}#/meetings/${dense.meetingId}`);
  const panel = page.locator('section.phones');
  await panel.getByRole('button', { name: 'Slå telefoner til' }).click();
  const code = (await panel.locator('.phones__code').textContent())!.replaceAll('-', '');
  const address = (await panel.locator('dd').first().textContent())!;
  expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  expect(address).not.toContain(new URL(host.origin).port);

  // Without the code: the page asks for it, and a wrong one is refused in Danish.
  const stranger = await device(browser, PHONE, address);
  await stranger.getByLabel('Skriv koden fra skærmen').fill('ABCD-EFGH-JKLM-NPQR');
  await stranger.getByRole('button', { name: 'Vær med' }).click();
  await expect(stranger.getByRole('alert')).toContainText('Koden passer ikke');

  const mother = await device(browser, PHONE, `${address}#${code}`);
  await expect(mother.getByRole('button', { name: /^Aya/ })).toBeVisible();
  await mother.screenshot({ path: path.join(out, 'pick-390x844.png') });
  await mother.getByRole('button', { name: /Sara Nørgaard/ }).click();
  const father = await device(browser, PHONE, `${address}#${code}`);
  await father.getByRole('button', { name: /Jonas Hansen/ }).click();
  const tablet = await device(browser, TABLET, `${address}#${code}`);
  await tablet.getByRole('button', { name: /^Aya/ }).click();
  await expect(panel.getByText('Enheder (3 af 20)')).toBeVisible();
  expect(new URL(mother.url()).hash).toBe('');

  // Scaling in private: the console sees who answered, the phones see only their own number until the reveal.
  await panel.getByLabel('Spørgsmål').selectOption(question.id);
  await panel.getByRole('button', { name: 'Åbn på telefonerne' }).click();
  await expect(mother.getByRole('heading', { name: /trygt er det for Aya/ })).toBeVisible();
  await mother.getByRole('button', { name: '7', exact: true }).tap();
  await mother.getByLabel('Hvorfor (kun hvis du vil)').fill('Morgenerne går bedre');
  await mother.getByRole('button', { name: 'Send mit tal' }).tap();
  await expect(mother.getByRole('status')).toContainText('Dit tal er sendt');
  await mother.screenshot({ path: path.join(out, 'scaling-390x844.png') });
  await father.getByRole('button', { name: '4', exact: true }).tap();
  await father.getByRole('button', { name: 'Send mit tal' }).tap();
  await expect(panel.getByRole('status')).toContainText('Har svaret (2 af 3): Sara Nørgaard, Jonas Hansen');
  await expect(father.getByText('Morgenerne går bedre')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Vis alle tal på skærmen' }).click();
  await expect(father.locator('.scores')).toContainText('Sara Nørgaard7');
  const scaling = (await host.call<{ questions: { id: string; scores: unknown[] }[] }>('scaling.get', { meetingId: dense.meetingId })).value;
  expect(scaling.questions.find((q) => q.id === question.id)!.scores).toHaveLength(2);

  // Suggestions wait in the inbox: one accepted onto the map, one rejected.
  await mother.getByRole('button', { name: 'Hvad virker godt?' }).tap();
  await mother.getByLabel('Dit forslag').fill('Mormor henter om mandagen');
  await mother.getByRole('button', { name: 'Send forslag' }).tap();
  await father.getByRole('button', { name: 'Hvad er vi bekymrede for?' }).tap();
  await father.getByLabel('Dit forslag').fill('Bussen kommer for sent om morgenen');
  await father.getByRole('button', { name: 'Send forslag' }).tap();
  const inbox = panel.locator('.phones__inbox li');
  await expect(inbox).toHaveCount(2);
  await inbox.filter({ hasText: 'Mormor henter' }).getByRole('button', { name: 'Sæt på kortet' }).click();
  await inbox.filter({ hasText: 'Bussen' }).getByRole('button', { name: 'Afvis' }).click();
  await expect(mother.getByText('Kom på tavlen')).toBeVisible();
  await expect(father.getByText('Kom ikke på tavlen')).toBeVisible();
  await father.screenshot({ path: path.join(out, 'suggestions-390x844.png'), fullPage: true });
  const map = (await host.call<{ items: { text: string; saidBy: string | null }[] }>('map.get', { meetingId: dense.meetingId })).value;
  expect(map.items.find((i) => i.text === 'Mormor henter om mandagen')?.saidBy).toBe(dense.people.mother);
  expect(map.items.some((i) => i.text.startsWith('Bussen kommer for sent om morgenen'))).toBe(false);

  // The child's tablet: a house with words and a drawing, hidden from the shared screen until shown.
  await tablet.getByRole('button', { name: 'Drømmehuset' }).tap();
  await tablet.getByLabel('Skriv det, du vil sige').fill('Jeg drømmer om en hund');
  const pad = await tablet.locator('canvas.pad').boundingBox();
  await tablet.mouse.move(pad!.x + 40, pad!.y + 40);
  await tablet.mouse.down();
  for (let i = 1; i <= 10; i++) await tablet.mouse.move(pad!.x + 40 + i * 25, pad!.y + 40 + i * 20);
  await tablet.mouse.up();
  await tablet.screenshot({ path: path.join(out, 'houses-tablet.png') });
  await tablet.getByRole('button', { name: 'Læg det i huset' }).tap();
  await expect(tablet.getByRole('status')).toContainText('Det er lagt i huset');
  const houses = (await host.call<{ text: string; shown: boolean; drawing: unknown[] | null }[]>('map.houses', { meetingId: dense.meetingId })).value;
  const house = houses.find((h) => h.text === 'Jeg drømmer om en hund');
  expect(house?.shown).toBe(false);
  expect(house?.drawing?.length).toBe(1);

  // A hostile message (a made-up device, then a forged body) is refused and changes nothing.
  const before = JSON.stringify((await host.call('map.get', { meetingId: dense.meetingId })).value);
  const forged = await post(`${address}msg`, { d: crypto.randomUUID(), ...seal({ seq: 1, type: 'suggest', column: 'worries', text: 'INDSPRØJTET' }, new Uint8Array(32)) });
  expect(forged.status).toBe(401);
  expect((await post(`${address}join`, { n: 'AAAA', c: 'AAAA' })).status).toBe(403);
  expect(JSON.stringify((await host.call('map.get', { meetingId: dense.meetingId })).value)).toBe(before);

  // A device removed is out at once; turning phones off ends everyone.
  await panel.locator('.phones__list li').filter({ has: page.locator('option:checked', { hasText: 'Jonas Hansen' }) }).getByRole('button', { name: 'Fjern' }).click();
  await expect(father.getByRole('heading', { name: 'Tak for i dag' })).toBeVisible();
  await panel.getByRole('button', { name: 'Slå telefoner fra' }).click();
  await expect(mother.getByRole('heading', { name: 'Tak for i dag' })).toBeVisible({ timeout: 15_000 });
  await mother.screenshot({ path: path.join(out, 'ended-390x844.png') });

  const all = traffic.join('\n');
  expect(all.length).toBeGreaterThan(5_000);
  for (const secret of dense.secrets) expect(all).not.toContain(secret);
});
