import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startHost, tempDataDir, type StartedHost } from '../host';
import { sharedTitle } from '../screenFit';

let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const NOW = '2026-05-14T10:00:00';
const PHASES = ['Velkomst og formål', 'Præsentation', 'Barnets stemme', 'Familiens perspektiv', 'Netværk og fagpersoner', 'Kortlægning', 'Skalering', 'Mål og aftaler', 'Næste møde', 'Afrunding'];

async function oliver(h: StartedHost) {
  const cases = await h.call<{ id: string }[]>('cases.list', { query: 'Oliver' });
  const caseId = cases.value[0]!.id;
  const people = await h.call<{ id: string; name: string }[]>('participants.list', { caseId });
  return { caseId, people: people.value };
}

/** A running first meeting for Oliver with everyone invited, created through the API. */
async function runningMeeting(h: StartedHost): Promise<{ id: string; phases: { id: string }[]; caseId: string }> {
  const { caseId, people } = await oliver(h);
  const created = await h.call<{ id: string }>('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-05-14T10:00', participantIds: people.map((p) => p.id) });
  const started = await h.call<{ id: string; phases: { id: string }[] }>('meetings.start', { id: created.value.id });
  return { ...started.value, caseId };
}

const sharedNote = (page: Page) => page.getByRole('textbox', { name: /^Noter til / });
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'Alt er gemt' })).toBeVisible();

test('a facilitator runs Oliver\'s first meeting through all phases; the shared screen follows and never shows a fortrolig note', async ({ page, context }) => {
  host = await startHost({ demo: true, env: { KREDS_NOW: NOW } });
  const { caseId } = await oliver(host);
  await page.goto(`${host.url}#/cases/${caseId}`);
  await page.getByRole('link', { name: 'Planlæg møde' }).click();
  await page.getByLabel('Dato').fill('14.05.2026');
  await expect(page.getByText('torsdag · uge 20')).toBeVisible();
  await page.getByLabel('Klokkeslæt').fill('10.00');
  await page.getByLabel('Sted', { exact: true }).fill('Engskolens mødelokale 2');
  await page.getByRole('button', { name: 'Vælg alle' }).click();
  await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  await page.getByLabel('Punkt 1', { exact: true }).fill('Morgenerne derhjemme');
  await page.getByLabel('Hvem leder mødet').selectOption({ label: 'Neutral mødeleder' });
  await page.getByLabel('Notatform').selectOption({ label: 'Arbejdspapir' });
  await page.getByRole('button', { name: 'Opret møde' }).click();
  await expect(page.getByRole('heading', { name: 'Forbered mødet' })).toBeVisible();
  await page.getByRole('button', { name: 'Start mødet' }).click();
  await expect(page.getByRole('heading', { name: 'Velkomst og formål', level: 2 })).toBeVisible();

  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Åbn fællesskærm' }).click()]);
  await expect(presenter.getByRole('heading', { level: 1, name: 'Velkommen' })).toBeVisible();

  await page.getByRole('group', { name: 'Fremmøde for Oliver' }).getByRole('button', { name: 'Til stede' }).click();
  await expect(presenter.locator('.ss-present')).toContainText('Oliver');

  for (const [index, title] of PHASES.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    await expect(presenter.getByRole('heading', { level: 1, name: sharedTitle(title, 'Oliver') })).toBeVisible();
    await sharedNote(page).click();
    await page.keyboard.type(`Note til ${title}. `);
    if (title === 'Barnets stemme') {
      await page.keyboard.type('Hjælp fra @Cam');
      await expect(page.getByRole('option', { name: 'Camilla Nielsen' })).toBeVisible();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Skriv fortroligt notat' }).click();
      await page.getByRole('textbox', { name: /^Fortrolige noter til / }).click();
      await page.keyboard.type('Mor virker meget presset');
    }
    if (title === 'Mål og aftaler') {
      await page.keyboard.press('Enter');
      await page.keyboard.type('Mormor henter Oliver mandag kl. 7.30');
      await page.getByRole('button', { name: 'Gør til aftale' }).click();
      await expect(page.getByRole('region', { name: 'Aftaleudkast' }).getByText('Mormor henter Oliver mandag kl. 7.30')).toBeVisible();
    }
    await saved(page);
    await expect(presenter.locator('.ss-note')).toContainText(`Note til ${title}.`);
    await expect(presenter.locator('body')).not.toContainText('presset');
    if (index < PHASES.length - 1) await page.keyboard.press('Alt+ArrowRight');
  }
  await expect(presenter.locator('.shared-screen')).not.toContainText('presset');

  // Blackout and back with one key, like B in PowerPoint (focus outside the notes).
  await page.getByRole('heading', { level: 2, name: 'Afrunding' }).click();
  await page.keyboard.press('b');
  await expect(presenter.locator('.ss-blackout')).toBeVisible();
  await page.keyboard.press('b');
  await expect(presenter.getByRole('heading', { level: 1, name: 'Det tager vi med herfra' })).toBeVisible();

  await page.getByRole('button', { name: 'Afslut møde' }).click();
  await expect(page.getByRole('heading', { name: 'Det aftalte vi' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Med på mødet' })).toBeVisible();
  await expect(page.getByText('Note til Barnets stemme.')).toBeVisible();
  await expect(page.getByText('@Camilla Nielsen')).toBeVisible();
  await page.getByRole('button', { name: 'Markér som afholdt' }).click();
  await expect(page.locator('.badge').filter({ hasText: 'Afholdt' })).toBeVisible();
  await expect(presenter.getByRole('heading', { name: 'Tak for i dag' })).toBeVisible();
});

test('typing survives the host being killed mid-note: reopening resumes the same meeting in the same phase', async ({ page }) => {
  const dataDir = tempDataDir();
  host = await startHost({ dataDir, demo: true, env: { KREDS_NOW: NOW } });
  const meeting = await runningMeeting(host);
  await host.call('meetings.goToPhase', { meetingId: meeting.id, phaseId: meeting.phases[2]!.id });
  await page.goto(`${host.url}#/meetings/${meeting.id}`);
  await sharedNote(page).click();
  await page.keyboard.type('Oliver siger, at fodbold om tirsdagen er det bedste');
  await page.waitForTimeout(1000); // "saved within a second of each keystroke": no waiting for the status on purpose
  await host.stop('SIGKILL');

  host = await startHost({ dataDir, env: { KREDS_NOW: NOW } });
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Fortsæt mødet' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Barnets stemme' })).toBeVisible();
  await expect(sharedNote(page)).toHaveText('Oliver siger, at fodbold om tirsdagen er det bedste');
});

test('two windows on the same meeting: each phase note is its own field and the other window updates', async ({ page, context }) => {
  host = await startHost({ demo: true, env: { KREDS_NOW: NOW } });
  const meeting = await runningMeeting(host);
  const other = await context.newPage();
  await page.goto(`${host.url}#/meetings/${meeting.id}`);
  await other.goto(`${host.url}#/meetings/${meeting.id}`);

  await sharedNote(page).click();
  await page.keyboard.type('Skrevet i vindue A');
  await other.getByRole('button', { name: 'Skriv fortroligt notat' }).click();
  await other.getByRole('textbox', { name: /^Fortrolige noter til / }).click();
  await other.keyboard.type('Skrevet i vindue B');
  await saved(page);
  await saved(other);
  await expect(sharedNote(other)).toHaveText('Skrevet i vindue A');

  await page.reload();
  await expect(sharedNote(page)).toHaveText('Skrevet i vindue A');
  await expect(page.getByRole('textbox', { name: /^Fortrolige noter til / })).toHaveText('Skrevet i vindue B');
});

test('the shared screen can be closed and reopened, freezes with F, and the help overlay lists the shortcuts', async ({ page, context }) => {
  host = await startHost({ demo: true, env: { KREDS_NOW: NOW } });
  const meeting = await runningMeeting(host);
  await page.goto(`${host.url}#/meetings/${meeting.id}`);
  const [first] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Åbn fællesskærm' }).click()]);
  await expect(first.getByRole('heading', { level: 1, name: 'Velkommen' })).toBeVisible();
  await first.close();

  await page.getByRole('heading', { level: 2, name: 'Velkomst og formål' }).click();
  await page.keyboard.press('f');
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 2, name: 'Præsentation' })).toBeVisible();
  const [again] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Alt+s')]);
  await expect(again.getByRole('heading', { level: 1, name: 'Velkommen' })).toBeVisible();
  await page.keyboard.press('f');
  await expect(again.getByRole('heading', { level: 1, name: 'Hvem er her?' })).toBeVisible();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Tastaturgenveje' });
  await expect(help.getByRole('heading', { level: 3 }).first()).toHaveText('Mødet');
  await expect(help.getByRole('row', { name: /B eller Alt \+ B eller \.\s+Sort fællesskærm/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /Alt \+ → eller Page Down\s+Næste fase/ })).toBeVisible();
});

test('bad input: no participants gives guidance, a far-off date asks for confirmation', async ({ page }) => {
  host = await startHost({ env: { KREDS_NOW: NOW } });
  const created = await host.call<{ id: string }>('cases.create', { childName: 'Maja', birthYear: 2016, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const caseId = created.value.id;
  await page.goto(`${host.url}#/cases/${caseId}/meetings/new`);
  await expect(page.getByText('Sagen har ingen deltagere endnu')).toBeVisible();
  await page.getByLabel('Dato').fill('14.05.2062');
  await page.getByRole('button', { name: 'Opret møde' }).click();
  await expect(page.getByRole('dialog', { name: 'Er datoen rigtig?' })).toContainText('mere end et år ude i fremtiden');
  await page.getByRole('button', { name: 'Ret datoen' }).click();
  await page.getByLabel('Dato').fill('14.05.2026');
  await page.getByRole('button', { name: 'Opret møde' }).click();
  await page.getByRole('button', { name: 'Start mødet' }).click();
  await expect(page.getByRole('alert')).toContainText('Mødet har ingen deltagere endnu');
});

test('the console, the shared screen, the preparation form and the summary have no axe violations at 1920×1080', async ({ page }) => {
  host = await startHost({ demo: true, env: { KREDS_NOW: NOW } });
  const meeting = await runningMeeting(host);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const check = async () => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await page.goto(`${host.url}#/meetings/${meeting.id}`);
  await expect(sharedNote(page)).toBeVisible();
  await check();
  await page.goto(`${host.url}#/presenter/${meeting.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Velkommen' })).toBeVisible();
  // Read from the back of the room: the body text is never under 1/45 of the screen's height.
  const bodySize = await page.locator('.shared-screen').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(bodySize).toBeGreaterThanOrEqual(page.viewportSize()!.height / 45);
  await check();
  await page.goto(`${host.url}#/meetings/${meeting.id}/prepare`);
  await expect(page.getByRole('heading', { name: 'Mødets faser' })).toBeVisible();
  await check();
  await page.goto(`${host.url}#/meetings/${meeting.id}/summary`);
  await expect(page.getByRole('heading', { name: 'Det aftalte vi' })).toBeVisible();
  await check();
});
