import { expect, test, type Page } from '@playwright/test';
import { startHost, tempDataDir, type StartedHost } from '../host';

/**
 * Status changes reach a screen reader politely: saved, autosave trouble, the shared screen's state and a phase
 * running over its time are written into a role="status" / aria-live="polite" region, never an interrupting alert.
 */
let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

/** The app's one toast region (renderer/ui/Announcer.tsx). */
const toast = (page: Page) => page.locator('.toast[role="status"][aria-live="polite"]');

async function runningMeeting(h: StartedHost): Promise<string> {
  const cases = await h.call<{ id: string }[]>('cases.list', { query: 'Oliver' });
  const caseId = cases.value[0]!.id;
  const people = await h.call<{ id: string }[]>('participants.list', { caseId });
  const created = await h.call<{ id: string }>('meetings.create', { caseId, type: 'network_meeting', startsAt: '2026-05-14T10:00', participantIds: people.value.map((p) => p.id) });
  await h.call('meetings.start', { id: created.value.id });
  return created.value.id;
}

test('saving is announced politely in the status region', async ({ page }) => {
  host = await startHost();
  await page.goto(`${host.url}#/cases/new`);
  await page.getByLabel('Barnets fornavn eller initialer').fill('Maja');
  await page.getByLabel('Fødselsår').fill('2016');
  await page.getByLabel('Ansvarlig sagsbehandler').fill('Mette Sørensen');
  await page.getByRole('button', { name: 'Opret', exact: true }).click();
  await expect(toast(page)).toHaveText('Sagen er oprettet');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('notes that cannot be saved say so politely and keep the text; the shared screen\'s state is announced', async ({ page }) => {
  host = await startHost({ demo: true, env: { KREDS_NOW: '2026-05-14T10:00:00' } });
  const meetingId = await runningMeeting(host);
  await page.goto(`${host.url}#/meetings/${meetingId}`);
  const saveState = page.locator('.save-state');
  await expect(saveState).toHaveAttribute('role', 'status');

  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('b');
  await expect(toast(page)).toHaveText('Fællesskærmen er sort');
  await page.keyboard.press('b');
  await expect(toast(page)).toHaveText('Fællesskærmen følger med igen');

  await page.keyboard.press('n');
  await page.keyboard.type('Mor fortæller om morgenerne');
  await expect(saveState).toHaveText(/Alt er gemt/);
  await host.stop('SIGKILL');
  await page.keyboard.type(' og om mandagene');
  await expect(saveState).toHaveText(/Ikke gemt endnu – prøver igen/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Noter til Velkomst og formål' })).toHaveText('Mor fortæller om morgenerne og om mandagene');
  host = undefined;
});

test('a phase that runs over its planned time is announced once, politely', async ({ page }) => {
  const dataDir = tempDataDir();
  host = await startHost({ dataDir, demo: true, env: { KREDS_NOW: '2026-05-14T10:00:00' } });
  const meetingId = await runningMeeting(host);
  await host.stop();
  // Eleven minutes later: Velkomst og formål was planned for ten.
  host = await startHost({ dataDir, env: { KREDS_NOW: '2026-05-14T10:11:00' } });
  await page.goto(`${host.url}#/meetings/${meetingId}`);
  await expect(page.locator('.phase-timer__note')).toHaveText(/min over planen/);
  await expect(toast(page)).toHaveText('Tiden til Velkomst og formål er gået');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
