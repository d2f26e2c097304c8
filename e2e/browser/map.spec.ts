import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startHost, type StartedHost } from '../host';

let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const PEOPLE = [
  ['Camilla Nielsen', 'mother'],
  ['Lars Berg', 'teacher'],
  ['Sara Lund', 'ppr_psychologist'],
  ['Mette Sørensen', 'social_worker'],
] as const;

async function value<T>(h: StartedHost, channel: string, input: unknown): Promise<T> {
  const result = await h.call<T>(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value;
}

/** A case with four people and a meeting where all four are present. */
async function setUpCase(h: StartedHost) {
  const c = await value<{ id: string }>(h, 'cases.create', { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const ids: string[] = [];
  for (const [name, role] of PEOPLE) ids.push((await value<{ id: string }>(h, 'participants.create', { caseId: c.id, name, role })).id);
  const meeting = async (type: string, startsAt: string) => {
    const m = await value<{ id: string }>(h, 'meetings.create', { caseId: c.id, type, startsAt, participantIds: ids, confirmUnusualDate: true });
    for (const participantId of ids) await value(h, 'meetings.setAttendance', { meetingId: m.id, participantId, status: 'present' });
    return m.id;
  };
  return { caseId: c.id, meeting };
}

async function addItem(page: Page, part: string, text: string) {
  await page.getByLabel(`Nyt punkt under ${part}`).fill(text);
  await page.getByLabel(`Nyt punkt under ${part}`).press('Enter');
  await expect(page.getByRole('button', { name: text, exact: true })).toBeVisible();
}

/** dnd-kit's live region: what the drag is over now, in Danish. */
function dragStatus(page: Page, text: string) {
  return page.getByRole('status').filter({ hasText: text });
}

/**
 * dnd-kit's keyboard sensor listens for the arrow keys only from a zero-delay timer after the pick-up, and Chromium
 * runs input before timers: a key pressed before that timer has run is lost. A timer queued now runs after it.
 */
async function keyboardSensorListening(page: Page) {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/**
 * After a pointer drop dnd-kit keeps, for 50 ms, a document listener that clears every text selection (so nothing is
 * selected while dragging). Playwright's fill selects the field and inserts into that selection: inside the 50 ms
 * (a loaded machine stretches it) the text went nowhere. A 50 ms timer queued after the drop runs after dnd-kit's.
 */
async function dropSettled(page: Page) {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

async function score(page: Page, name: string, value: string) {
  await page.getByLabel(name, { exact: true }).fill(value);
  await page.getByLabel(name, { exact: true }).press('Enter');
}

test('a map filled in all parts and scaled by four people is carried into the follow-up, where "Siden sidst" and the trend show the change', async ({ page }) => {
  host = await startHost({ env: { KREDS_NOW: '2026-05-14T10:00:00' } });
  const { meeting } = await setUpCase(host);
  const first = await meeting('network_meeting', '2026-03-26T09:00');
  await page.goto(`${host.url}#/meetings/${first}/map`);

  await page.getByLabel('Nyt punkt under Skade').press('Enter');
  await expect(page.getByText('Skriv noget, før punktet gemmes')).toBeVisible();

  await page.getByLabel('Nye punkter sagt af').selectOption({ label: 'Lars Berg' });
  await addItem(page, 'Skade', 'Oliver har været væk fra skolen 38 dage');
  await page.getByLabel('Nye punkter sagt af').selectOption({ label: 'Fælles' });
  await addItem(page, 'Komplicerende faktorer', 'Mor er alene om morgenerne');
  await page.getByLabel('Nye punkter er fortrolige').check();
  await addItem(page, 'Komplicerende faktorer', 'Mor er i behandling for depression');
  await page.getByLabel('Nye punkter er fortrolige').uncheck();
  await addItem(page, 'Bekymringsudsagn', 'Oliver mister skolen og sine venner');
  await addItem(page, 'Styrker og ressourcer', 'Oliver elsker fodbold');
  await addItem(page, 'Eksisterende sikkerhed', 'Mormor henter om onsdagen');
  await addItem(page, 'Sikkerhedsmål', 'Oliver er i skole hver dag');
  await addItem(page, 'Næste skridt', 'Mormor følger Oliver i skole');
  await expect(page.getByTestId('unpaired-dangers')).toContainText('Oliver mister skolen og sine venner');

  await page.getByRole('button', { name: 'Oliver mister skolen og sine venner', exact: true }).click();
  await page.getByLabel('Parret med mål').selectOption({ label: 'Oliver er i skole hver dag' });
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByText('Mål: Oliver er i skole hver dag')).toBeVisible();
  await expect(page.getByTestId('unpaired-dangers')).toHaveCount(0);

  await page.getByRole('button', { name: 'Skalering', exact: true }).click();
  await page.getByLabel('Camilla Nielsen', { exact: true }).fill('11');
  await expect(page.getByText('Skalaen går fra 0 til 10')).toBeVisible();
  await page.getByLabel('Camilla Nielsen', { exact: true }).fill('6,5');
  await expect(page.getByText('Skalering er hele tal – vælg fx 6 eller 7')).toBeVisible();
  await score(page, 'Camilla Nielsen', '5');
  await score(page, 'Lars Berg', '3');
  await score(page, 'Sara Lund', '4');
  await score(page, 'Mette Sørensen', '4');
  await expect(page.getByText('4 har skaleret: fra 3 til 5, midt på 4')).toBeVisible();

  await page.goto(`${host.url}#/meetings/${first}/map/presenter`);
  await expect(page.getByText('Oliver elsker fodbold')).toBeVisible();
  await expect(page.getByText('depression')).toHaveCount(0);

  const followUp = await meeting('follow_up', '2026-05-14T09:00');
  await page.goto(`${host.url}#/meetings/${followUp}/map`);
  await expect(page.getByRole('button', { name: 'Oliver elsker fodbold', exact: true })).toBeVisible();
  const edits: [string, string][] = [
    ['Oliver har været væk fra skolen 38 dage', 'Oliver har været væk 4 dage siden sidst'],
    ['Mor er alene om morgenerne', 'Mormor hjælper om morgenen'],
    ['Oliver elsker fodbold', 'Oliver elsker fodbold og går til træning to gange om ugen'],
  ];
  for (const [before, after] of edits) {
    await page.getByRole('button', { name: before, exact: true }).click();
    await page.getByLabel('Punktets tekst').fill(after);
    await page.getByLabel('Punktets tekst').press('Enter');
    await expect(page.getByRole('button', { name: after, exact: true })).toBeVisible();
  }

  await page.getByRole('button', { name: 'Skalering', exact: true }).click();
  await expect(page.getByText('sidst: 5')).toBeVisible();
  await score(page, 'Camilla Nielsen', '6');
  await score(page, 'Lars Berg', '5');
  await score(page, 'Sara Lund', '4');
  await score(page, 'Mette Sørensen', '4');
  await expect(page.getByText('4 har skaleret: fra 4 til 6')).toBeVisible();

  await page.getByRole('button', { name: 'Siden sidst', exact: true }).click();
  const since = page.getByTestId('since-last');
  await expect(since.getByRole('heading', { name: 'Ændret (3)' })).toBeVisible();
  await expect(since.getByRole('heading', { name: 'Tilføjet (0)' })).toBeVisible();
  await expect(since.getByText('før: »Mor er alene om morgenerne«')).toBeVisible();
  await expect(since.getByRole('heading', { name: 'Skaleringer der flyttede sig (2)' })).toBeVisible();
  await expect(since.getByText('Camilla Nielsen: 5 → 6')).toBeVisible();
  await expect(since.getByText('Lars Berg: 3 → 5')).toBeVisible();
  const trend = since.getByTestId('trend');
  await expect(trend.getByTestId('trend-series')).toHaveCount(4);
  await expect(trend.getByRole('img', { name: 'Lars Berg: 3, 5' })).toBeVisible();

  await page.goto(`${host.url}#/meetings/${followUp}/map/presenter`);
  await expect(page.getByText('Mormor hjælper om morgenen')).toBeVisible();
  await expect(page.getByText('depression')).toHaveCount(0);
});

test('items move to another part by keyboard and by dragging', async ({ page }) => {
  host = await startHost();
  const { meeting } = await setUpCase(host);
  const m = await meeting('network_meeting', new Date().toISOString().slice(0, 10) + 'T09:00');
  await page.goto(`${host.url}#/meetings/${m}/map`);
  await addItem(page, 'Næste skridt', 'Skolen ringer hjem kl. 8.15');
  await addItem(page, 'Styrker og ressourcer', 'Mormor vil gerne hjælpe');

  await page.getByRole('button', { name: 'Skolen ringer hjem kl. 8.15', exact: true }).focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.locator('[data-part="safety_goals"]').getByText('Skolen ringer hjem kl. 8.15')).toBeVisible();

  const handle = page.getByRole('button', { name: 'Flyt: Mormor vil gerne hjælpe' });
  const target = page.locator('[data-part="existing_safety"] .map-part__items');
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 4, { steps: 15 });
  // dnd-kit drops on the part it last rendered as "over"; release only once it says so, or a slow frame drops it short.
  await expect(dragStatus(page, 'Over: Eksisterende sikkerhed')).toBeAttached();
  await page.mouse.up();
  await expect(page.locator('[data-part="existing_safety"]').getByText('Mormor vil gerne hjælpe')).toBeVisible();
  await dropSettled(page);

  // dnd-kit's own keyboard drag: space picks up, arrows move, space drops.
  await addItem(page, 'Eksisterende sikkerhed', 'Lars ringer kl. 8.15');
  await page.getByRole('button', { name: 'Flyt: Lars ringer kl. 8.15' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Flyt: Lars ringer kl. 8.15' })).toHaveAttribute('aria-pressed', 'true');
  await expect(dragStatus(page, 'Over: Lars ringer kl. 8.15')).toBeAttached();
  await keyboardSensorListening(page);
  await page.keyboard.press('ArrowUp');
  await expect(dragStatus(page, 'Over: Mormor vil gerne hjælpe')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-part="existing_safety"] [data-testid="map-item"]').first()).toContainText('Lars ringer kl. 8.15');
});

test('the map, scaling and houses pages have no axe violations', async ({ page }) => {
  host = await startHost({ demo: true });
  await page.goto(host.url);
  await page.getByRole('link', { name: /Oliver/ }).click();
  await page.getByRole('link', { name: 'Åbn det seneste kort' }).click();
  for (const tab of ['Kortet', 'Skalering', 'De tre huse', 'Siden sidst']) {
    await page.getByRole('button', { name: tab, exact: true }).click();
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${tab}: ${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
  }
});

test("the demo case's follow-up shows three changed items and two moved scores, and the shared screen never shows the fortroligt item", async ({ page }) => {
  host = await startHost({ demo: true });
  await page.goto(host.url);
  await page.getByRole('link', { name: /Oliver/ }).click();
  await page.getByRole('link', { name: 'Åbn det seneste kort' }).click();
  await page.getByRole('button', { name: 'Siden sidst', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Ændret (3)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Skaleringer der flyttede sig (2)' })).toBeVisible();

  const meetingId = /meetings\/([^/]+)\/map/.exec(page.url())![1]!;
  await page.goto(`${host.url}#/meetings/${meetingId}/map`);
  await expect(page.getByText('Camilla er selv sygemeldt og har svært ved at komme op om morgenen.')).toBeVisible();
  await page.goto(`${host.url}#/meetings/${meetingId}/map/presenter`);
  await expect(page.getByText('Oliver er glad for fodbold', { exact: false })).toBeVisible();
  await expect(page.getByText('sygemeldt')).toHaveCount(0);
  await page.goto(`${host.url}#/meetings/${meetingId}/map/presenter?view=houses`);
  await expect(page.getByRole('heading', { name: 'Drømmehuset' })).toBeVisible();
});

test('a map with 300 items stays usable: counts, scrolling to the last item, and fast entry', async ({ page }) => {
  host = await startHost();
  const { meeting } = await setUpCase(host);
  const m = await meeting('network_meeting', new Date().toISOString().slice(0, 10) + 'T09:00');
  const parts = ['harm', 'complicating_factors', 'danger_statements', 'strengths', 'existing_safety', 'safety_goals', 'next_steps'];
  for (let i = 0; i < 300; i++) await value(host, 'map.addItem', { meetingId: m, part: parts[i % 7], text: `Punkt nummer ${i + 1}`, saidBy: null, confidential: false });
  await page.goto(`${host.url}#/meetings/${m}/map`);
  await expect(page.locator('[data-part="harm"] .map-part__count')).toHaveText('43');
  expect(await page.getByTestId('map-item').count()).toBeLessThan(300);
  // The entry lines are at the top of the columns; the long part scrolls with the window, virtualised.
  await page.locator('[data-part="harm"]').evaluate((part) => part.scrollIntoView({ block: 'end' }));
  await expect(page.getByRole('button', { name: 'Punkt nummer 295', exact: true })).toBeVisible();
  // Typed at the top of the column, the new item lands at the end of its long part and is announced.
  await page.getByLabel('Nyt punkt under Skade').fill('Et nyt punkt i en lang liste');
  await page.getByLabel('Nyt punkt under Skade').press('Enter');
  await expect(page.locator('[data-part="harm"] .map-part__count')).toHaveText('44');
  await expect(page.getByRole('status').filter({ hasText: 'Tilføjet under Skade' })).toBeVisible();
  await page.locator('[data-part="harm"]').evaluate((part) => part.scrollIntoView({ block: 'end' }));
  await expect(page.getByRole('button', { name: 'Et nyt punkt i en lang liste', exact: true })).toBeVisible();
});

test("the municipality's own labels and family words and the case's Signs of Wellbeing wording show on the map and the shared screen", async ({ page }) => {
  host = await startHost();
  const { caseId, meeting } = await setUpCase(host);
  const m = await meeting('network_meeting', new Date().toISOString().slice(0, 10) + 'T09:00');
  await page.goto(`${host.url}#/settings`);
  const section = page.getByRole('region', { name: 'Kortet og trivselsskalaen' });
  await section.getByRole('group', { name: 'Signs of Safety (sikkerhed)' }).getByLabel('Hvad er vi bekymrede for?').fill('Hvad bekymrer os?');
  await section.getByLabel('Svære problemer').fill('Ring til Børn og Familie og lav en underretning.');
  await section.getByRole('group', { name: 'Familiens ord – trivsel (Signs of Wellbeing)' }).getByLabel('Trivselsmål').fill('Det, vi arbejder hen imod');
  await section.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('status')).toHaveText('Gemt');

  await page.goto(`${host.url}#/meetings/${m}/map`);
  await expect(page.getByRole('heading', { name: 'Hvad bekymrer os?' })).toBeVisible();
  await page.getByLabel('Svære problemer').check();
  await expect(page.getByText('Ring til Børn og Familie og lav en underretning.')).toBeVisible();

  await page.goto(`${host.url}#/cases/${caseId}`);
  await expect(page.getByText('Svære problemer')).toBeVisible();
  await page.getByLabel('Ordlyd').selectOption({ label: 'Signs of Wellbeing (trivsel)' });
  await page.getByRole('link', { name: 'Åbn det seneste kort' }).click();
  await expect(page.getByRole('heading', { name: 'Trivselsmål' })).toBeVisible();
  // The shared screen speaks the family's words of the case's wording (the municipality's where it set them).
  await page.goto(`${host.url}#/meetings/${m}/map/presenter`);
  await expect(page.getByRole('heading', { name: 'Det, vi arbejder hen imod' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Det, vi er bekymrede for, kan ske, hvis intet ændrer sig' })).toBeVisible();
  await expect(page.getByText('Trivselsmål')).toHaveCount(0);
});

test("De tre huse keep the child's words, and the shared screen shows only what the child chose", async ({ page }) => {
  host = await startHost();
  const { meeting } = await setUpCase(host);
  const m = await meeting('network_meeting', new Date().toISOString().slice(0, 10) + 'T09:00');
  await page.goto(`${host.url}#/meetings/${m}/map?tab=houses`);
  const say = async (house: string, words: string) => {
    await page.getByLabel(`Barnets ord i ${house}`).fill(words);
    await page.getByLabel(`Barnets ord i ${house}`).press('Enter');
    await expect(page.getByText(words)).toBeVisible();
  };
  await say('Huset med bekymringer', 'Når mor er ked af det om morgenen');
  await say('Huset med de gode ting', 'Fodbold med Kim');
  await say('Drømmehuset', 'At jeg må sidde ved siden af Noah');
  await page.getByRole('listitem').filter({ hasText: 'Fodbold med Kim' }).getByLabel('Vis på skærmen').check();
  await page.getByRole('listitem').filter({ hasText: 'Noah' }).getByLabel('Vis på skærmen').check();

  await page.goto(`${host.url}#/meetings/${m}/map/presenter?view=houses`);
  await expect(page.getByText('Fodbold med Kim')).toBeVisible();
  await expect(page.getByText('At jeg må sidde ved siden af Noah')).toBeVisible();
  await expect(page.getByText('Når mor er ked af det om morgenen')).toHaveCount(0);
});

test("the meeting's shared screen shows the carried-forward map in Kortlægning without the fortroligt item", async ({ page }) => {
  host = await startHost({ demo: true });
  const oliver = (await value<{ id: string; childName: string }[]>(host, 'cases.list', {})).find((c) => c.childName === 'Oliver')!;
  const ids = (await value<{ id: string }[]>(host, 'participants.list', { caseId: oliver.id })).map((p) => p.id);
  const startsAt = `${new Date().toISOString().slice(0, 10)}T13:00`;
  const created = await value<{ id: string }>(host, 'meetings.create', { caseId: oliver.id, type: 'network_meeting', startsAt, participantIds: ids, confirmUnusualDate: true });
  const started = await value<{ id: string; phases: { id: string; kind: string }[] }>(host, 'meetings.start', { id: created.id });
  await value(host, 'meetings.goToPhase', { meetingId: started.id, phaseId: started.phases.find((p) => p.kind === 'mapping')!.id });

  await page.goto(`${host.url}#/meetings/${started.id}`);
  await expect(page.getByText('Camilla er selv sygemeldt og har svært ved at komme op om morgenen.')).toBeVisible();
  await page.goto(`${host.url}#/presenter/${started.id}`);
  await expect(page.getByTestId('map-presenter')).toContainText('Oliver er glad for fodbold');
  await expect(page.getByText('sygemeldt')).toHaveCount(0);
});
