import { expect, test } from '@playwright/test';
import { startHost, type StartedHost } from '../host';

/** Faults a new user met in the first hour with Kreds (issue 18): each test failed before its fix. */
let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const DEMO_NOW = { KREDS_NOW: '2026-05-14T10:00:00' };

test('comparing from an older meeting with a later one puts the older one under Dengang in the pickers too', async ({ page }) => {
  host = await startHost({ demo: true, env: DEMO_NOW });
  const cases = await host.call<{ id: string }[]>('cases.list', { query: 'Malthe' });
  const timeline = await host.call<{ entries: { id: string; startsAt: string }[] }>('review.timeline', { caseId: cases.value[0]!.id });
  const [latest, middle, oldest] = timeline.value.entries; // newest first
  await page.goto(`${host.url}#/meetings/${middle!.id}/review`);
  await page.getByLabel('Sammenlign med').selectOption(latest!.id);
  await page.getByRole('button', { name: 'Sammenlign', exact: true }).click();
  await expect(page.getByRole('combobox', { name: /^Dengang/ })).toHaveValue(middle!.id);
  await expect(page.getByRole('combobox', { name: /^Nu/ })).toHaveValue(latest!.id);
  await expect(page.getByRole('heading', { name: /^Dengang: / })).toContainText(middle!.startsAt.slice(8, 10));
  // Picking an older meeting under "Nu" swaps the two rather than showing them reversed.
  await page.getByRole('combobox', { name: /^Nu/ }).selectOption(oldest!.id);
  await expect(page.getByRole('combobox', { name: /^Dengang/ })).toHaveValue(oldest!.id);
  await expect(page.getByRole('combobox', { name: /^Nu/ })).toHaveValue(middle!.id);
});

test('after a held meeting where eight people scaled, the case page shows their numbers (the meeting was booked for later that day)', async ({ page }) => {
  host = await startHost({ env: { KREDS_NOW: '2027-03-18T09:00:00' } });
  const created = await host.call<{ id: string }>('cases.create', { childName: 'Sofie', birthYear: 2016, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const caseId = created.value.id;
  const people: string[] = [];
  for (const [name, role] of [['Sofie', 'child'], ['Camilla', 'mother'], ['Jesper', 'father'], ['Grethe', 'grandparent'], ['Kim', 'network_person'], ['Lars', 'teacher'], ['Anne', 'pedagogue'], ['Mette', 'social_worker']]) {
    people.push((await host.call<{ id: string }>('participants.create', { caseId, name, role })).value.id);
  }
  // Booked for 14.00, started at 9.00 (a new user trying Kreds runs the meeting at once).
  const meeting = await host.call<{ id: string }>('meetings.create', { caseId, type: 'network_meeting', startsAt: '2027-03-18T14:00', participantIds: people });
  const meetingId = meeting.value.id;
  await host.call('meetings.start', { id: meetingId });
  for (const id of people) await host.call('meetings.setAttendance', { meetingId, participantId: id, status: 'present' });
  const scaling = await host.call<{ questions: { id: string }[] }>('scaling.get', { meetingId });
  // Someone added a second question and nobody answered it.
  await host.call('scaling.addQuestion', { meetingId, text: 'Hvor trygge er morgenerne?' });
  for (const [i, id] of people.entries()) await host.call('scaling.setScore', { questionId: scaling.value.questions[0]!.id, participantId: id, value: 4 + (i % 4) });
  await host.call('meetings.end', { id: meetingId });

  await page.goto(`${host.url}#/cases/${caseId}`);
  const card = page.getByRole('region', { name: 'Seneste skalering' });
  await expect(card).toContainText('8 har skaleret: fra 4 til 7');
  await expect(card).not.toContainText('Der er ikke skaleret endnu');
});
