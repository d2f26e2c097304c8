import { expect, test, type Page } from '@playwright/test';
import { startHost, type StartedHost } from '../host';

/**
 * An English-language laptop in another time zone: every date and time is still typed and shown the Danish way
 * (dd.mm.åååå, 24-hour tt.mm, the week number read back), because none of them is the browser's own date input.
 */
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

async function noBrowserDateInputs(page: Page) {
  await expect(page.locator('input[type=date], input[type=time], input[type=datetime-local]')).toHaveCount(0);
}

test('on an English system the meeting preparation, the agreement, the next meeting, the consent and the goal take Danish dates', async ({ page }) => {
  host = await startHost({ env: { KREDS_NOW: '2027-03-10T09:00:00' } });
  const created = await host.call<{ id: string }>('cases.create', { childName: 'Oliver', birthYear: 2018, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const caseId = created.value.id;
  await host.call('participants.create', { caseId, name: 'Camilla Nielsen', role: 'mother' });
  await host.call('participants.create', { caseId, name: 'Lars Berg', role: 'teacher' });
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.goto(`${host.url}#/cases/${caseId}/meetings/new`);
  await noBrowserDateInputs(page);
  await page.getByLabel('Dato', { exact: true }).fill('18.03.2027');
  await expect(page.getByText('torsdag · uge 11')).toBeVisible();
  await page.getByLabel('Klokkeslæt', { exact: true }).fill('14.00');
  await page.getByLabel('Klokkeslæt', { exact: true }).blur();
  await expect(page.getByText('Skriv klokkeslættet')).toHaveCount(0);
  await page.getByLabel('Dato', { exact: true }).fill('31.02.2027');
  await expect(page.getByText('Skriv datoen som dd.mm.åååå, fx 05.05.2027')).toBeVisible();
  await page.getByLabel('Dato', { exact: true }).fill('18.03.2027');
  await page.getByRole('button', { name: 'Vælg alle' }).click();
  await page.screenshot({ path: test.info().outputPath('prep-en-US.png') });
  await page.getByRole('button', { name: 'Opret møde' }).click();
  await expect(page.getByRole('heading', { name: 'Forbered mødet' })).toBeVisible();
  await expect(page.getByLabel('Dato', { exact: true })).toHaveValue('18.03.2027');
  await expect(page.getByLabel('Klokkeslæt', { exact: true })).toHaveValue('14.00');
  const meetings = await host.call<{ id: string; startsAt: string }[]>('meetings.list', { caseId });
  expect(meetings.value[0]!.startsAt).toBe('2027-03-18T14:00');
  const meetingId = meetings.value[0]!.id;

  // The console: the agreement's deadline and the next meeting.
  await page.getByRole('button', { name: 'Start mødet' }).click();
  await page.getByRole('navigation', { name: 'Mødets faser' }).getByRole('button', { name: /Mål og aftaler/ }).click();
  const form = page.getByRole('form', { name: 'Ny aftale' });
  await expect(form.getByLabel('Senest', { exact: true })).toHaveValue('04.05.2027');
  await expect(form.getByText('tirsdag · uge 18')).toBeVisible();
  await noBrowserDateInputs(page);
  await page.getByRole('navigation', { name: 'Mødets faser' }).getByRole('button', { name: /Næste møde/ }).click();
  const planner = page.locator('form.planner');
  await expect(planner.getByLabel('Dato', { exact: true })).toHaveValue('05.05.2027');
  await expect(planner.getByText('onsdag · uge 18')).toBeVisible();
  await expect(planner.getByLabel('Klokkeslæt', { exact: true })).toHaveValue('14.00');
  await noBrowserDateInputs(page);
  await page.screenshot({ path: test.info().outputPath('planner-en-US.png') });

  // The consent's date and a goal's deadline.
  await page.goto(`${host.url}#/cases/${caseId}`);
  await page.getByRole('button', { name: 'Registrér samtykke' }).click();
  const consent = page.getByRole('dialog', { name: 'Registrér samtykke' });
  await expect(consent.getByLabel('Dato', { exact: true })).toHaveValue('10.03.2027');
  await expect(consent.getByText('onsdag · uge 10')).toBeVisible();
  await noBrowserDateInputs(page);
  await consent.getByRole('button', { name: 'Annuller' }).click();
  await page.goto(`${host.url}#/cases/${caseId}/plan`);
  await page.getByLabel('Frist (valgfrit)', { exact: true }).first().fill('30.04.2027');
  await expect(page.getByText('fredag · uge 17')).toBeVisible();
  await noBrowserDateInputs(page);
  expect(meetingId).toBeTruthy();
});
