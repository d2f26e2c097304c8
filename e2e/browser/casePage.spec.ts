import { expect, test, type Page } from '@playwright/test';
import { startHost, type StartedHost } from '../host';
import { layoutProblems } from '../layoutChecks';

/**
 * The case page says what to do next: one primary button for the case's state, in the method's order (the network,
 * the first meeting with the family, the meeting, its outcome and the next meeting), and the page fits a 1366×768
 * laptop. Screenshots of each state land in test-results/case-page/ to look at.
 */
let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const NOW = { KREDS_NOW: '2027-03-10T09:00:00' };

async function value<T>(h: StartedHost, channel: string, input: unknown): Promise<T> {
  const answer = await h.call<T>(channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error?.message}`);
  return answer.value;
}

async function look(page: Page, state: string): Promise<{ height: number; problems: string[] }> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/case-page/${state}.png` });
  await page.screenshot({ path: `test-results/case-page/${state}-full.png`, fullPage: true });
  return { height: await page.evaluate(() => document.documentElement.scrollHeight), problems: await layoutProblems(page, 'main') };
}

/** The next step's panel: its heading, and its one primary button. */
function nextStep(page: Page) {
  return page.getByRole('region', { name: /./ }).filter({ has: page.getByText('Næste skridt', { exact: true }) });
}

test('from an empty case to after the first meeting, the case page asks for one thing at a time and fits 1366×768', async ({ page }) => {
  test.setTimeout(120_000);
  host = await startHost({ env: NOW });
  await page.setViewportSize({ width: 1366, height: 768 });
  const { id: caseId } = await value<{ id: string }>(host, 'cases.create', { childName: 'Mathias', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  await page.goto(`${host.url}#/cases/${caseId}`);
  const step = nextStep(page);
  const looks: Record<string, { height: number; problems: string[] }> = {};

  // No one yet: add the network, and no follow-up is proposed before any meeting exists.
  await expect(step.getByRole('heading', { level: 2 })).toHaveText('Tilføj barnets netværk');
  await expect(step.locator('.button--primary')).toHaveText(['Tilføj den første deltager']);
  await expect(page.getByText('Første opfølgning')).toHaveCount(0);
  await expect(page.getByText('Kreds foreslår')).toHaveCount(0);
  await expect(page.getByText('Opfølgningen aftales på det første møde')).toBeVisible();
  looks.empty = await look(page, '1-no-network');
  await step.getByRole('button', { name: 'Tilføj den første deltager' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tilføj deltager' });
  await dialog.getByLabel('Navn').fill('Camilla Holm');
  await dialog.getByLabel('Relation eller rolle').selectOption({ label: 'Mor' });
  await dialog.getByRole('button', { name: 'Tilføj deltager' }).click();
  await expect(dialog).toBeHidden();

  // An ordinary network: the child, family, private network and professionals.
  const people: string[] = [(await value<{ id: string }[]>(host, 'participants.list', { caseId }))[0]!.id];
  for (const [name, role, organisation] of [
    ['Mathias', 'child', ''],
    ['Jesper Jensen', 'father', ''],
    ['Grethe Holm', 'grandparent', ''],
    ['Kim Andersen', 'network_person', ''],
    ['Lars Berg', 'teacher', 'Nordby Skole'],
    ['Anne Kristiansen', 'pedagogue', 'SFO Solsikken'],
    ['Mette Sørensen', 'social_worker', 'Børn og Familie'],
  ]) {
    people.push((await value<{ id: string }>(host, 'participants.create', { caseId, name, role, organisation, phone: role === 'teacher' ? '30 11 22 33' : '' })).id);
  }
  await value(host, 'participants.setContactPerson', { caseId, participantId: people.at(-1)! });
  await expect(step.getByRole('heading', { level: 2 })).toHaveText('Planlæg det første møde med familien');
  await expect(step.locator('.button--primary')).toHaveText(['Planlæg mødet']);
  looks.network = await look(page, '2-no-meeting');

  // A meeting planned next week: prepare it (start it on the day), print the agenda.
  const meeting = await value<{ id: string }>(host, 'meetings.create', { caseId, type: 'network_meeting', startsAt: '2027-03-18T10:00', place: 'Familiens Hus', participantIds: people });
  await expect(step.getByRole('heading', { level: 2 })).toHaveText('Inddragende netværksmøde torsdag 18.03.2027 kl. 10.00 · uge 11');
  await expect(step.locator('.button--primary')).toHaveText(['Forbered mødet']);
  await expect(step.getByRole('link', { name: 'Udskriv dagsorden' })).toBeVisible();
  looks.planned = await look(page, '3-meeting-planned');

  // Running: continue it.
  await value(host, 'meetings.start', { id: meeting.id });
  await expect(step.getByRole('heading', { level: 2 })).toHaveText('Mødet er i gang');
  await expect(step.locator('.button--primary')).toHaveText(['Fortsæt mødet']);

  // Held, with agreements and scaling: what came of it, and the next meeting to agree.
  for (const id of people) await value(host, 'meetings.setAttendance', { meetingId: meeting.id, participantId: id, status: 'present' });
  const scaling = await value<{ questions: { id: string }[] }>(host, 'scaling.get', { meetingId: meeting.id });
  for (const [i, id] of people.entries()) await value(host, 'scaling.setScore', { questionId: scaling.questions[0]!.id, participantId: id, value: 4 + (i % 3) });
  for (const [what, who, index] of [
    ['Følge Mathias til bussen mandag, onsdag og fredag', 'Grethe Holm', 3],
    ['Sende en besked om ugens fremmøde hver fredag', 'Lars Berg', 5],
    ['Tale med Mathias om morgenerne', 'Camilla Holm', 0],
  ] as const) {
    await value(host, 'agreements.create', { caseId, meetingId: meeting.id, what, responsibleParticipantId: people[index], responsibleName: who });
  }
  await value(host, 'meetings.end', { id: meeting.id });
  await expect(step.getByRole('heading', { level: 2 })).toHaveText('Aftal næste møde');
  await expect(step.locator('.button--primary')).toHaveText(['Aftal næste møde']);
  await expect(step.getByText(/Seneste møde \(Inddragende netværksmøde 18\.03\.2027\):/)).toBeVisible();
  await expect(step.getByText(/8 skalerede, midt på 5/)).toBeVisible();
  looks.held = await look(page, '4-after-meeting');
  await step.getByRole('button', { name: 'Aftal næste møde' }).click();
  await expect(page.getByText('Kreds foreslår')).toBeVisible();
  await page.getByRole('button', { name: /^Aftal .* uge/ }).click();

  // The follow-up booked: prepare it, with the last meeting's outcome beside it.
  await expect(step.getByRole('heading', { level: 2 })).toHaveText(/^Opfølgningsmøde .* · uge/);
  await expect(step.locator('.button--primary')).toHaveText(['Forbered mødet']);
  await expect(step.getByText(/Seneste møde \(Inddragende netværksmøde 18\.03\.2027\):/)).toBeVisible();
  looks.booked = await look(page, '5-next-booked');

  await page.setViewportSize({ width: 1093, height: 614 });
  looks.booked125 = await look(page, '6-next-booked-1093');
  for (const [state, seen] of Object.entries(looks)) expect(seen.problems, state).toEqual([]);
  test.info().annotations.push({ type: 'page height at 1366×768, ordinary case', description: `${looks.booked!.height} px` });

  // On the laptop the first screen holds the next step whole and the start of each column: the network, the meetings, consent.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await step.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(768);
  for (const heading of [/^Deltagere$/, /^Møder$/, /^Samtykke/]) {
    const top = (await page.getByRole('heading', { level: 2, name: heading }).boundingBox())!.y;
    expect(top, String(heading)).toBeLessThan(768 - 40);
  }
  // Who took part in the meeting can no longer be deleted; the page says why once, not on every card.
  await expect(page.getByRole('button', { name: 'Slet Grethe Holm' })).toHaveCount(0);
  await expect(page.getByText('kan arkiveres, men ikke slettes')).toHaveCount(1);
});
