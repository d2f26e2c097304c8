import { expect, test, type Locator, type Page } from '@playwright/test';
import { startHost, type StartedHost } from '../host';

/**
 * No slip is final (issue 17): each kind of delete in a meeting or a plan comes back with »Fortryd« or Ctrl+Z,
 * the offer lasts at least 10 seconds, Ctrl+Z in a text field stays the field's own, and a host killed inside the
 * window leaves the delete standing and the data whole.
 */
let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const NOW = { KREDS_NOW: '2026-05-14T10:00:00' };

async function setUp(h: StartedHost) {
  const call = async <T>(channel: string, input: unknown) => {
    const result = await h.call<T>(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
    return result.value;
  };
  const caseId = (await call<{ id: string }>('cases.create', { childName: 'Clara', birthYear: 2015, caseType: 'network', responsibleWorker: 'Mette Sørensen' })).id;
  const mother = (await call<{ id: string }>('participants.create', { caseId, name: 'Sara', role: 'mother' })).id;
  const meetingId = (await call<{ id: string }>('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-05-14T13:00', place: 'Skolen', participantIds: [mother] })).id;
  await call('meetings.start', { id: meetingId });
  return { call, caseId, mother, meetingId };
}

function toast(page: Page, text: string | RegExp): Locator {
  return page.locator('.undo-toast').filter({ hasText: text });
}

async function openPhase(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Mødets faser' }).getByRole('button', { name: new RegExp(title) }).click();
}

test('an agreement deleted in the meeting comes back with »Fortryd«, still offered after 10 seconds', async ({ page }) => {
  host = await startHost({ env: NOW });
  const { call, caseId, mother, meetingId } = await setUp(host);
  await call('agreements.create', { caseId, meetingId, what: 'Mormor henter Clara tirsdag og torsdag', responsibleName: 'Inge' });
  await call('agreements.create', { caseId, meetingId, what: 'Ringe til skolen hver mandag', responsibleName: 'Sara', responsibleParticipantId: mother });
  await page.clock.install();
  await page.goto(`${host.url}#/meetings/${meetingId}`);
  await openPhase(page, 'Mål og aftaler');

  await page.getByRole('button', { name: 'Slet: Mormor henter Clara tirsdag og torsdag' }).click();
  await expect(page.getByRole('cell', { name: 'Mormor henter Clara tirsdag og torsdag', exact: true })).toHaveCount(0);
  const offer = toast(page, 'Aftalen »Mormor henter Clara tirsdag og torsdag« er slettet');
  await expect(offer).toBeVisible();
  await page.clock.fastForward(10_500);
  await expect(offer.getByRole('button', { name: 'Fortryd' })).toBeVisible();
  await offer.getByRole('button', { name: 'Fortryd' }).click();
  await expect(page.getByRole('cell', { name: 'Mormor henter Clara tirsdag og torsdag', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Fortrudt – det slettede er tilbage' })).toBeAttached();
  await expect(page.getByRole('cell', { name: 'Ringe til skolen hver mandag', exact: true })).toBeVisible();

  // After the offer has run out the toast is gone and the delete stands.
  await page.getByRole('button', { name: 'Slet: Ringe til skolen hver mandag' }).click();
  await expect(toast(page, 'Ringe til skolen hver mandag')).toBeVisible();
  await page.clock.fastForward(16_000);
  await expect(toast(page, 'Ringe til skolen hver mandag')).toHaveCount(0);
  expect((await call<unknown[]>('agreements.listForCase', { caseId })).length).toBe(1);
});

test('a goal with its delmål comes back with Ctrl+Z, but not while the user types in a field', async ({ page }) => {
  host = await startHost({ env: NOW });
  const { call, caseId } = await setUp(host);
  const goal = await call<{ id: string }>('plan.addGoal', { caseId, text: 'Clara møder i skole alle skoledage inden sommerferien' });
  await call('plan.addGoal', { caseId, parentId: goal.id, text: 'Clara står op kl. 7 hver skoledag' });
  await page.goto(`${host.url}#/cases/${caseId}/plan`);
  const card = page.getByRole('article', { name: 'Clara møder i skole alle skoledage inden sommerferien' });
  await card.getByRole('button', { name: 'Slet mål' }).first().click();
  await expect(card).toHaveCount(0);
  await expect(toast(page, 'Målet »Clara møder i skole alle skoledage inden sommerferien« er slettet')).toBeVisible();

  const field = page.getByRole('form', { name: 'Nyt mål' }).getByRole('textbox', { name: 'Målet' });
  await field.fill('Mor følger Clara');
  await field.press('Control+z');
  await expect(card).toHaveCount(0);

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(card).toBeVisible();
  await expect(card.getByRole('article', { name: 'Clara står op kl. 7 hver skoledag' })).toBeVisible();
  await expect(toast(page, 'er slettet')).toHaveCount(0);
});

test('a map item, a quote in De tre huse and a scaling question each come back where they were', async ({ page }) => {
  host = await startHost({ env: NOW });
  const { call, mother, meetingId } = await setUp(host);
  for (const text of ['Mormor henter hver fredag', 'Clara elsker at tegne', 'Læreren ringer hjem ved fravær']) {
    await call('map.addItem', { meetingId, part: 'strengths', text, saidBy: null, confidential: false });
  }
  await call('map.addHouseItem', { meetingId, house: 'dreams', text: 'At vi tager i sommerhus', shown: false });
  await call('meetings.setAttendance', { meetingId, participantId: mother, status: 'present' });
  await call('scaling.addQuestion', { meetingId, text: 'Hvor godt går morgenerne?' });

  await page.goto(`${host.url}#/meetings/${meetingId}/map`);
  const strengths = page.locator('[data-part="strengths"] [data-testid="map-item"]');
  await expect(strengths).toHaveCount(3);
  await page.getByRole('button', { name: 'Clara elsker at tegne', exact: true }).click();
  await page.locator('[data-part="strengths"]').getByRole('button', { name: 'Slet', exact: true }).click();
  await expect(strengths).toHaveCount(2);
  await toast(page, 'Punktet »Clara elsker at tegne« er slettet').getByRole('button', { name: 'Fortryd' }).click();
  await expect(strengths).toHaveCount(3);
  await expect(strengths.nth(1)).toContainText('Clara elsker at tegne');

  await page.goto(`${host.url}#/meetings/${meetingId}/map?tab=houses`);
  await page.getByRole('listitem').filter({ hasText: 'At vi tager i sommerhus' }).getByRole('button', { name: 'Slet' }).click();
  await expect(page.getByText('At vi tager i sommerhus')).toHaveCount(0);
  await toast(page, 'Barnets ord i Drømmehuset er slettet').getByRole('button', { name: 'Fortryd' }).click();
  await expect(page.getByText('At vi tager i sommerhus')).toBeVisible();

  await page.goto(`${host.url}#/meetings/${meetingId}/map?tab=scaling`);
  const question = page.getByRole('region', { name: 'Hvor godt går morgenerne?' });
  await question.getByRole('button', { name: 'Slet spørgsmålet' }).click();
  await expect(question).toHaveCount(0);
  await toast(page, 'Spørgsmålet »Hvor godt går morgenerne?« er slettet').getByRole('button', { name: 'Fortryd' }).click();
  await expect(question).toBeVisible();
});

test('a participant never used and a phase removed in the preparation come back', async ({ page }) => {
  host = await startHost({ env: NOW });
  const { call, caseId } = await setUp(host);
  await call('participants.create', { caseId, name: 'Kim Andersen', role: 'network_person' });
  await page.goto(`${host.url}#/cases/${caseId}`);
  await page.getByRole('button', { name: 'Slet Kim Andersen' }).click();
  await page.getByRole('dialog', { name: 'Slet Kim Andersen?' }).getByRole('button', { name: 'Slet' }).click();
  await expect(page.getByRole('button', { name: 'Rediger Kim Andersen' })).toHaveCount(0);
  await toast(page, 'Kim Andersen').getByRole('button', { name: 'Fortryd' }).click();
  await expect(page.getByRole('button', { name: 'Rediger Kim Andersen' })).toBeVisible();

  const planned = await call<{ id: string }>('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-06-10T13:00', place: 'Skolen' });
  await page.goto(`${host.url}#/meetings/${planned.id}/prepare`);
  const titles = page.getByRole('textbox', { name: /^Titel på fase/ });
  // The form is drawn once the meeting has loaded: read the phases only then (evaluateAll does not wait).
  await expect(titles.nth(1)).toBeVisible();
  const before = await titles.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  await page.getByRole('button', { name: 'Fjern' }).nth(1).click();
  await expect(titles).toHaveCount(before.length - 1);
  await toast(page, `Fasen »${before[1]}« er fjernet fra listen`).getByRole('button', { name: 'Fortryd' }).click();
  await expect(titles).toHaveCount(before.length);
  expect(await titles.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(before);
});

test('the host killed inside the undo window: the delete stands, whole, after the restart', async ({ page }) => {
  host = await startHost({ env: NOW });
  const { call, caseId, meetingId } = await setUp(host);
  const goal = await call<{ id: string }>('plan.addGoal', { caseId, text: 'Clara møder i skole hver dag' });
  await call('plan.addGoal', { caseId, parentId: goal.id, text: 'Clara står op kl. 7' });
  await call('agreements.create', { caseId, meetingId, what: 'Vække Clara kl. 7', responsibleName: 'Sara', goalId: goal.id });
  await page.goto(`${host.url}#/cases/${caseId}/plan`);
  await page.getByRole('article', { name: 'Clara møder i skole hver dag' }).getByRole('button', { name: 'Slet mål' }).first().click();
  await expect(toast(page, 'Målet »Clara møder i skole hver dag« er slettet')).toBeVisible();

  await host.stop('SIGKILL');
  host = await startHost({ dataDir: host.dataDir, env: NOW });
  const goals = await host.call<{ goals: unknown[] }>('plan.get', { caseId });
  expect(goals.value.goals).toEqual([]);
  const agreements = await host.call<{ what: string; goalId: string | null }[]>('agreements.listForCase', { caseId });
  expect(agreements.value.map((a) => [a.what, a.goalId])).toEqual([['Vække Clara kl. 7', null]]);
  await page.goto(`${host.url}#/cases/${caseId}/plan`);
  await expect(page.getByText('Ingen mål endnu.')).toBeVisible();
  await expect(page.locator('.undo-toast--visible')).toHaveCount(0);
});
