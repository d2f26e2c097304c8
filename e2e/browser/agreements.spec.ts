import { expect, test, type Page } from '@playwright/test';
import { startHost, type StartedHost } from '../host';

let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const NOW = { KREDS_NOW: '2026-05-14T10:00:00' };

interface Ids {
  caseId: string;
  firstId: string;
  followUpId: string;
  people: string[];
}

async function oliver(h: StartedHost): Promise<Ids> {
  const cases = await h.call<{ id: string; childName: string }[]>('cases.list', { query: 'Oliver' });
  const caseId = cases.value[0]!.id;
  const meetings = await h.call<{ id: string; type: string }[]>('meetings.list', { caseId });
  const participants = await h.call<{ name: string; role: string }[]>('participants.list', { caseId });
  return {
    caseId,
    firstId: meetings.value.find((m) => m.type === 'network_meeting')!.id,
    followUpId: meetings.value.find((m) => m.type === 'follow_up')!.id,
    people: participants.value.filter((p) => p.role !== 'child').map((p) => p.name),
  };
}

async function openPhase(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Mødets faser' }).getByRole('button', { name: new RegExp(title) }).click();
}

test('five people take five tasks in Oliver’s first meeting; the follow-up marks them and carries the two unfinished forward', async ({ page }) => {
  host = await startHost({ demo: true, env: NOW });
  const ids = await oliver(host);
  // The demo already holds Oliver's five agreements (reviewed, two carried); clear them so this test agrees its own.
  const demoAgreements = await host.call<{ id: string }[]>('agreements.listForCase', { caseId: ids.caseId });
  for (const a of demoAgreements.value) await host.call('agreements.delete', { id: a.id });
  const people = ids.people.slice(0, 5);
  expect(new Set(people).size).toBe(5);

  await page.goto(`${host.url}#/meetings/${ids.firstId}`);
  await openPhase(page, 'Mål og aftaler');
  const form = page.getByRole('form', { name: 'Ny aftale' });
  await form.getByRole('button', { name: 'Gem aftale' }).click();
  await expect(form.getByText('Skriv, hvad der skal gøres')).toBeVisible();
  await expect(form.getByText('Vælg, hvem der er ansvarlig')).toBeVisible();

  await form.getByLabel('Senest', { exact: true }).fill('01.04.2026');
  await expect(form.getByText('Fristen ligger før mødedatoen')).toBeVisible();
  await form.getByLabel('Senest', { exact: true }).fill('20.05.2026');
  await expect(form.getByText('Fristen ligger før mødedatoen')).toHaveCount(0);

  const tasks = ['Følge Oliver til skolebussen hver morgen', 'Hente Oliver tirsdag og torsdag', 'Ringe, hvis Oliver ikke kommer til træning', 'Sende fremmødeoversigt hver fredag', 'Tale med Oliver om morgenerne'];
  for (const [i, task] of tasks.entries()) {
    await form.getByLabel('Hvad skal gøres?').fill(task);
    await form.getByLabel('Hvem er ansvarlig?').selectOption({ label: people[i]! });
    await form.getByRole('button', { name: 'Gem aftale' }).click();
    await expect(page.getByRole('cell', { name: task, exact: true })).toBeVisible();
    await expect(form.getByLabel('Hvad skal gøres?')).toHaveValue('');
  }
  for (const person of people) await expect(page.getByRole('cell', { name: person, exact: true })).toBeVisible();

  await page.goto(`${host.url}#/meetings/${ids.followUpId}`);
  await openPhase(page, 'Siden sidst');
  const outcomes = ['Udført', 'Udført', 'Delvist', 'Udført', 'Ikke udført'];
  for (const [i, task] of tasks.entries()) {
    const item = page.getByRole('listitem', { name: task });
    await item.getByRole('radio', { name: outcomes[i]!, exact: true }).check();
    await expect(item.getByRole('radio', { name: outcomes[i]!, exact: true })).toBeChecked();
  }
  const partly = page.getByRole('listitem', { name: tasks[2]! });
  await partly.getByLabel('Kommentar').fill('Kom to af fire gange');
  await partly.getByLabel('Kommentar').blur();
  await expect(page.getByRole('status').filter({ hasText: 'Vurderingen er gemt' })).toBeVisible();

  await page.getByRole('button', { name: 'Tag ufærdige aftaler med (2)' }).click();
  await expect(page.getByText('2 aftaler er taget med til dette møde')).toBeVisible();
  await expect(page.getByRole('button', { name: /Tag ufærdige aftaler med/ })).toHaveCount(0);

  await openPhase(page, 'Mål og aftaler');
  await expect(page.getByRole('cell', { name: new RegExp(`^${tasks[2]!}`) })).toBeVisible();
  await expect(page.getByRole('cell', { name: new RegExp(`^${tasks[4]!}`) })).toBeVisible();
  await expect(page.getByText('Taget med')).toHaveCount(2);

  await page.goto(`${host.url}#/agreements`);
  // Oliver's two, and the four open ones of the review demo's case (Malthe).
  await expect(page.getByText('6 åbne')).toBeVisible();
  await expect(page.getByRole('cell', { name: tasks[0]!, exact: true })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: tasks[2]!, exact: true })).toBeVisible();
});

test('the plan flags the vague goal among three and warns at the sixth active goal', async ({ page }) => {
  host = await startHost({ demo: true, env: NOW });
  const sofie = (await host.call<{ id: string }[]>('cases.list', { query: 'Sofie' })).value[0]!.id;
  await page.goto(`${host.url}#/cases/${sofie}/plan`);
  await expect(page.getByText('Der er ingen formel plan')).toBeVisible();

  const goals = [
    'Sofie møder i skole kl. 8.00 alle skoledage inden efterårsferien',
    'Sofie skal arbejde på at få det bedre i klassen',
    'Sofie spiser frokost med en klassekammerat tre gange om ugen inden uge 40',
  ];
  for (const goal of goals) {
    const editor = page.getByRole('form', { name: 'Nyt mål' });
    await editor.getByRole('textbox', { name: 'Målet' }).fill(goal);
    if (goal.includes('arbejde på')) await expect(editor.getByText('»arbejde på« siger ikke, hvad der skal ske', { exact: false })).toBeVisible();
    await editor.getByRole('button', { name: 'Nyt mål' }).click();
    await expect(page.getByRole('article', { name: goal })).toBeVisible();
  }
  await expect(page.getByRole('article', { name: goals[1]! }).getByText('Uklart mål')).toBeVisible();
  await expect(page.getByRole('article', { name: goals[0]! }).getByText('Uklart mål')).toHaveCount(0);
  await expect(page.getByRole('article', { name: goals[2]! }).getByText('Uklart mål')).toHaveCount(0);
  await expect(page.getByText('For mange mål')).toHaveCount(0);

  for (const text of ['Sofie går til håndbold hver mandag frem til jul', 'Mor og Sofie spiser aftensmad sammen fem dage om ugen']) {
    await host.call('plan.addGoal', { caseId: sofie, text });
  }
  await expect(page.getByRole('article')).toHaveCount(5);
  await expect(page.getByText('For mange mål')).toHaveCount(0);
  const editor = page.getByRole('form', { name: 'Nyt mål' });
  await editor.getByRole('textbox', { name: 'Målet' }).fill('Sofie taler med sin mentor hver fredag inden sommerferien');
  await editor.getByRole('button', { name: 'Nyt mål' }).click();
  await expect(page.getByText('For mange mål')).toBeVisible();
  await expect(page.getByText('Planen har 6 aktive mål. Mange mål kan forvirre familien — hvilke 5 betyder mest?')).toBeVisible();
});
