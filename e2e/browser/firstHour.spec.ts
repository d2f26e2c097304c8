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

async function caseWithConsent(h: StartedHost): Promise<string> {
  const created = await h.call<{ id: string }>('cases.create', { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const caseId = created.value.id;
  await h.call('participants.create', { caseId, name: 'Camilla Nielsen', role: 'mother' });
  await h.call('participants.create', { caseId, name: 'Grethe Holm', role: 'grandparent' });
  const teacher = await h.call<{ id: string }>('participants.create', { caseId, name: 'Lars Berg', role: 'teacher', organisation: 'Nordby Skole' });
  await h.call('consent.create', {
    caseId,
    kind: 'consent',
    custody: 'sole',
    givenBy: [{ name: 'Camilla Nielsen', capacity: 'custody_holder' }],
    givenOn: '2026-05-01',
    infoTypes: ['school'],
    recipientIds: [teacher.value.id],
    purpose: 'Skolegang',
  });
  return caseId;
}

test('deleting the professional the consent did not cover takes the warning away', async ({ page }) => {
  host = await startHost({ env: DEMO_NOW });
  const caseId = await caseWithConsent(host);
  await page.goto(`${host.url}#/cases/${caseId}`);
  await page.getByRole('button', { name: 'Tilføj deltager' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Tilføj deltager' });
  await dialog.getByLabel('Navn').fill('Bente Holm');
  await dialog.getByLabel('Relation eller rolle').selectOption({ label: 'Sundhedsplejerske' });
  await dialog.getByRole('button', { name: 'Tilføj deltager' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Bente Holm er ikke omfattet af samtykket' });
  await expect(warning).toBeVisible();

  await page.getByRole('button', { name: 'Slet Bente Holm' }).click();
  await page.getByRole('dialog', { name: 'Slet Bente Holm?' }).getByRole('button', { name: 'Slet' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Bente Holm' })).toHaveCount(0);
  await expect(warning).toHaveCount(0);
});

test('the consent dialog offers the adults of the family as possible custody holders without calling the grandmother one', async ({ page }) => {
  host = await startHost({ env: DEMO_NOW });
  const caseId = await caseWithConsent(host);
  await page.goto(`${host.url}#/cases/${caseId}`);
  await page.getByRole('button', { name: 'Registrér samtykke' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrér samtykke' });
  const givers = dialog.getByRole('group', { name: 'Hvem har forældremyndigheden og har givet samtykke?' });
  await expect(givers.getByRole('checkbox')).toHaveCount(2);
  await expect(givers.getByRole('checkbox', { name: 'Grethe Holm · Bedsteforælder', exact: true })).not.toBeChecked();
  await expect(givers.locator('label')).toHaveText(['Camilla Nielsen · Mor', 'Grethe Holm · Bedsteforælder']);
  await expect(givers.getByRole('checkbox', { name: /Lars Berg/ })).toHaveCount(0);
});

test('the profile name is offered as the responsible worker on a new case and is not asked again on the agreements overview', async ({ page }) => {
  host = await startHost({ env: DEMO_NOW });
  await host.call('settings.set', { profileName: 'Mette Sørensen' });
  await page.goto(`${host.url}#/cases/new`);
  await expect(page.getByLabel('Ansvarlig sagsbehandler')).toHaveValue('Mette Sørensen');
  await page.getByLabel('Barnets fornavn eller initialer').fill('Oliver');
  await page.getByLabel('Fødselsår').fill('2017');
  await page.getByRole('button', { name: 'Opret' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oliver' })).toBeVisible();
  expect((await host.call<{ responsibleWorker: string }[]>('cases.list', {})).value[0]!.responsibleWorker).toBe('Mette Sørensen');

  await page.goto(`${host.url}#/agreements`);
  await expect(page.getByRole('checkbox', { name: 'Kun mine (Mette Sørensen)' })).toBeVisible();
  await expect(page.getByLabel('Mit navn')).toHaveCount(0);
});

test('who invites, who leads, who takes notes and who proposed a point offer the case’s people, the child first, and still take any name', async ({ page }) => {
  host = await startHost({ env: DEMO_NOW });
  await host.call('settings.set', { profileName: 'Mette Sørensen' });
  const created = await host.call<{ id: string }>('cases.create', { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const caseId = created.value.id;
  await host.call('participants.create', { caseId, name: 'Lars Berg', role: 'teacher' });
  await host.call('participants.create', { caseId, name: 'Camilla Nielsen', role: 'mother' });
  await host.call('participants.create', { caseId, name: 'Oliver', role: 'child' });
  await page.goto(`${host.url}#/cases/${caseId}/meetings/new`);
  await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  for (const field of [page.getByLabel('Hvem inviterer'), page.getByLabel('Mødeleders navn'), page.getByLabel('Hvem tager noter'), page.getByLabel('Foreslået af, punkt 1')]) {
    const listId = await field.getAttribute('list');
    expect(listId).toBeTruthy();
    const offered = await page.locator(`datalist[id="${listId}"] option`).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(['Oliver', 'Camilla Nielsen', 'Lars Berg', 'Mette Sørensen']);
  }
  await page.getByLabel('Mødeleders navn').fill('Ane Neutral');
  await expect(page.getByLabel('Mødeleders navn')).toHaveValue('Ane Neutral');
});

test('the next meeting is booked as long as its phases run (105 minutes), not the 90 minutes the template overran', async ({ page }) => {
  host = await startHost({ env: { KREDS_NOW: '2027-03-18T11:30:00' } });
  const created = await host.call<{ id: string }>('cases.create', { childName: 'Oliver', birthYear: 2018, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const caseId = created.value.id;
  const mother = await host.call<{ id: string }>('participants.create', { caseId, name: 'Camilla Nielsen', role: 'mother' });
  const meeting = await host.call<{ id: string; phases: { id: string; kind: string }[] }>('meetings.create', { caseId, type: 'network_meeting', startsAt: '2027-03-18T10:00', participantIds: [mother.value.id] });
  await host.call('meetings.start', { id: meeting.value.id });
  await host.call('meetings.goToPhase', { meetingId: meeting.value.id, phaseId: meeting.value.phases.find((p) => p.kind === 'next_meeting')!.id });
  await page.goto(`${host.url}#/meetings/${meeting.value.id}`);
  const duration = page.locator('form.planner').getByLabel('Varighed');
  await expect(duration).toHaveValue('105');
  await expect(page.locator('form.planner').getByText('Opfølgningsmødets faser varer 105 min.')).toBeVisible();
  await page.locator('form.planner').getByRole('button', { name: /^Aftal/ }).click();
  await expect.poll(async () => (await host!.call<{ planned: { durationMinutes: number } | null }>('followups.forCase', { caseId })).value.planned?.durationMinutes).toBe(105);
});

test('the printed agenda names the note form as the note form, not as the note taker, when nobody was named to take notes', async ({ page }) => {
  host = await startHost({ env: DEMO_NOW });
  const created = await host.call<{ id: string }>('cases.create', { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const meeting = await host.call<{ id: string }>('meetings.create', { caseId: created.value.id, type: 'network_meeting', startsAt: '2026-05-20T10:00', noteForm: 'beslutningsreferat' });
  await page.goto(`${host.url}#/meetings/${meeting.value.id}/agenda`);
  const roles = page.locator('.agenda-print__roles');
  await expect(roles).toContainText('NotatformBeslutningsreferat');
  await expect(roles.getByText('Hvem tager noter')).toHaveCount(0);
  await host.call('meetings.update', { id: meeting.value.id, type: 'network_meeting', startsAt: '2026-05-20T10:00', noteTaker: 'Lars Berg', noteForm: 'arbejdspapir' });
  await page.reload();
  await expect(roles).toContainText('Hvem tager noterLars Berg');
  await expect(roles).toContainText('NotatformArbejdspapir');
});

test('every network map node and the case page’s map thumbnail have accessible names that hold their visible text (WCAG 2.5.3)', async ({ page }) => {
  host = await startHost({ env: DEMO_NOW });
  const created = await host.call<{ id: string }>('cases.create', { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const caseId = created.value.id;
  await host.call('participants.create', { caseId, name: 'Camilla Nielsen', role: 'mother' });
  await host.call('participants.create', { caseId, name: 'Kim Andersen', role: 'network_person', roleDetail: 'fodboldtræner' });
  await host.call('participants.create', { caseId, name: 'Lars Berg', role: 'teacher' });
  /** For each named control or image: the words it shows that its accessible name leaves out. */
  const missing = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement | SVGElement>('a[aria-label], button[aria-label], [data-participant-id]')].flatMap((el) => {
        const name = (el.getAttribute('aria-label') ?? '').toLocaleLowerCase('da');
        const shown = el instanceof SVGElement ? [...el.querySelectorAll('text')].map((t) => t.textContent ?? '') : [(el as HTMLElement).innerText];
        return shown.map((s) => s.trim()).filter((s) => s && !name.includes(s.toLocaleLowerCase('da'))).map((s) => `${name} ∌ ${s}`);
      }),
    );
  await page.goto(`${host.url}#/cases/${caseId}`);
  await expect(page.locator('[data-participant-id]')).toHaveCount(3);
  expect(await missing()).toEqual([]);
  await page.goto(`${host.url}#/cases/${caseId}/network-map`);
  await expect(page.getByRole('button', { name: /^Kim Andersen, fodboldtræner, Privat netværk \(N\)/ })).toBeVisible();
  expect(await missing()).toEqual([]);
});
