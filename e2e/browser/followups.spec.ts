import fs from 'node:fs';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { startHost, tempDataDir, type StartedHost } from '../host';

let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

/** Oliver's network meeting on Thursday 18.03.2027 at 10.00: seven weeks on is Kristi himmelfartsdag (06.05.2027). */
async function oliverInTheNextMeetingPhase(h: StartedHost): Promise<{ caseId: string; meetingId: string }> {
  const created = await h.call<{ id: string }>('cases.create', { childName: 'Oliver', birthYear: 2018, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const caseId = created.value.id;
  const teacher = await h.call<{ id: string }>('participants.create', { caseId, name: 'Lars Berg', role: 'teacher', email: 'lars.berg@engskolen.dk' });
  const mother = await h.call<{ id: string }>('participants.create', { caseId, name: 'Camilla Nielsen', role: 'mother' });
  const meeting = await h.call<{ id: string; phases: { id: string; kind: string }[] }>('meetings.create', {
    caseId,
    type: 'network_meeting',
    startsAt: '2027-03-18T10:00',
    place: 'Engskolens mødelokale 2',
    participantIds: [teacher.value.id, mother.value.id],
    confirmUnusualDate: true,
  });
  const meetingId = meeting.value.id;
  expect((await h.call('meetings.start', { id: meetingId })).ok).toBe(true);
  const phase = meeting.value.phases.find((p) => p.kind === 'next_meeting')!;
  expect((await h.call('meetings.goToPhase', { meetingId, phaseId: phase.id })).ok).toBe(true);
  return { caseId, meetingId };
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

test('the next meeting moves off Kristi himmelfartsdag, goes out as an .ics, shows in the overview and becomes overdue', async ({ page }) => {
  const dataDir = tempDataDir();
  host = await startHost({ dataDir, env: { KREDS_NOW: '2027-03-18T11:30:00Z' } });
  const { caseId, meetingId } = await oliverInTheNextMeetingPhase(host);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.url}#/meetings/${meetingId}`);

  const planner = page.locator('form.planner');
  await expect(planner.getByText('onsdag 05.05.2027 kl. 10.00 · uge 18').first()).toBeVisible();
  await expect(planner.getByText('Flyttet fra torsdag 06.05.2027: Kristi himmelfartsdag')).toBeVisible();
  await expect(planner.getByRole('button', { name: /to 06\.05.*Kristi himmelfartsdag/ })).toBeDisabled();
  await expect(planner.getByLabel('Sted')).toHaveValue('Engskolens mødelokale 2');
  await shot(page, 'next-meeting-console');

  // A Saturday is explained and the nearest working days are offered; one click fixes it.
  await planner.getByLabel('Dato', { exact: true }).fill('08.05.2027');
  await expect(planner.getByText('Datoen ligger i en weekend.')).toBeVisible();
  await expect(planner.getByRole('button', { name: /^Aftal/ })).toBeDisabled();
  await planner.getByRole('button', { name: 'fredag 07.05.2027' }).click();
  await expect(planner.getByLabel('Dato', { exact: true })).toHaveValue('07.05.2027');
  // Outside 07–19 needs a confirmation; the proposal is one click away.
  await planner.getByLabel('Klokkeslæt').fill('19.30');
  await expect(planner.getByText('Ja, mødet skal ligge kl. 19.30')).toBeVisible();
  await planner.getByRole('button', { name: 'Brug forslaget' }).click();
  await planner.getByRole('button', { name: 'Aftal onsdag 05.05.2027 kl. 10.00 · uge 18' }).click();

  const agreed = page.locator('section.planner');
  await expect(agreed.getByRole('heading', { name: 'Næste møde er aftalt' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await agreed.getByRole('button', { name: 'Hent invitation (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('opfoelgning-2027-05-05.ics');
  const ics = fs.readFileSync((await download.path())!, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent')!;
  expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Copenhagen');
  expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2027-05-05T10:00:00');
  expect(event.getFirstPropertyValue('summary')).toBe('Netværksmøde – opfølgning');
  expect(event.getAllProperties('attendee').map((a) => a.getFirstValue())).toEqual(['mailto:lars.berg@engskolen.dk']);
  expect(ics).not.toContain('Oliver');
  await expect(agreed.getByText('Uden e-mail (ikke med i invitationen): Camilla Nielsen')).toBeVisible();

  await page.goto(`${host.url}#/presenter/${meetingId}`);
  await expect(page.getByText('05.05.2027', { exact: true })).toBeVisible();
  await expect(page.getByText('uge 18', { exact: true })).toBeVisible();
  await expect(page.getByText('kl. 10.00', { exact: true })).toBeVisible();
  await shot(page, 'next-meeting-presenter');
  expect((await host.call('meetings.end', { id: meetingId })).ok).toBe(true);
  // The agreed date is now the case's planned Opfølgningsmøde, with the same invitees.
  await page.goto(`${host.url}#/cases/${caseId}`);
  await expect(page.getByRole('listitem').filter({ hasText: 'Opfølgningsmøde' })).toContainText('05.05.2027 kl. 10.00');
  await host.stop();

  // A week before: the follow-up is in the overview, in its week.
  host = await startHost({ dataDir, env: { KREDS_NOW: '2027-04-28T08:00:00Z' } });
  await page.goto(`${host.url}#/followups`);
  const upcoming = page.locator('section', { has: page.getByRole('heading', { name: /Denne uge og de næste fire uger/ }) });
  await expect(upcoming.getByRole('heading', { name: 'uge 18' })).toBeVisible();
  await expect(upcoming.getByRole('listitem').filter({ hasText: 'Oliver' })).toContainText('onsdag 05.05.2027 kl. 10.00 · uge 18');
  await expect(page.getByText('Ingen opfølgninger er overskredet.')).toBeVisible();
  await shot(page, 'followup-overview');
  await host.stop();

  // The day after, with no meeting held: overdue, with a badge on the nav item and a count on the start screen.
  host = await startHost({ dataDir, env: { KREDS_NOW: '2027-05-06T08:00:00Z' } });
  await page.goto(`${host.url}#/followups`);
  const overdue = page.locator('section', { has: page.getByRole('heading', { name: /Overskredne opfølgninger/ }) });
  await expect(overdue.getByRole('listitem').filter({ hasText: 'Oliver' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Opfølgning/ }).getByLabel('1 opfølgning kræver opmærksomhed')).toBeVisible();
  await page.goto(`${host.url}#/cases`);
  await expect(page.getByRole('link', { name: /1 overskredet/ })).toBeVisible();
});

test('a date in the past is refused with the next working days offered, and the typed date stays', async ({ page }) => {
  host = await startHost({ env: { KREDS_NOW: '2027-03-18T11:30:00Z' } });
  const { meetingId } = await oliverInTheNextMeetingPhase(host);
  await page.goto(`${host.url}#/meetings/${meetingId}`);
  const planner = page.locator('form.planner');
  await planner.getByLabel('Dato', { exact: true }).fill('01.03.2027');
  await expect(planner.getByText('Datoen er passeret.')).toBeVisible();
  await expect(planner.getByRole('button', { name: 'fredag 19.03.2027' })).toBeVisible();
  await expect(planner.getByLabel('Dato', { exact: true })).toHaveValue('01.03.2027');
  await planner.getByLabel('Dato', { exact: true }).fill('32.13.2027');
  await expect(planner.getByText('Skriv datoen som dd.mm.åååå')).toBeVisible();
  await expect(planner.getByLabel('Dato', { exact: true })).toHaveValue('32.13.2027');
});

test('a case gets the § 95 cadence with its support start and reason, and the rule in force shows on the case', async ({ page }) => {
  host = await startHost({ env: { KREDS_NOW: '2027-03-18T11:30:00Z' } });
  const created = await host.call<{ id: string }>('cases.create', { childName: 'Emil', birthYear: 2011, caseType: 'supportive', responsibleWorker: 'Jonas Holm' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${host.url}#/cases/${created.value.id}`);
  // A supportive measure (§ 32) starts on the preventive cadence (its case type's default, issue 16).
  await expect(page.getByText('Forebyggende foranstaltning: første opfølgning efter 4 uger, derefter hver 3. måned.')).toBeVisible();

  await page.getByRole('button', { name: 'Skift kadence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sagens kadence for opfølgning' });
  await dialog.getByLabel('Kadence', { exact: true }).selectOption({ label: 'Barnets Lov § 95' });
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(dialog.getByText('Skriv begrundelsen for kadencen (den gives til barnet og forældrene)')).toBeVisible();
  await dialog.getByLabel('Begrundelse').fill('Aftalt med Emil og forældrene: tæt opfølgning i skiftet til efterskole');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(dialog.getByText('Angiv hvornår støtten startede: første opfølgning skal ligge senest 3 måneder efter')).toBeVisible();
  await expect(dialog.getByLabel('Begrundelse')).toHaveValue('Aftalt med Emil og forældrene: tæt opfølgning i skiftet til efterskole');
  await dialog.getByLabel('Støtten startede').fill('04.01.2027');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByText('Støtten startede 04.01.2027: første opfølgning senest 04.04.2027.')).toBeVisible();
  await expect(page.getByText('Begrundelse: Aftalt med Emil og forældrene')).toBeVisible();
  // Planned from today (18.03.2027): the deadline 04.04.2027 is a Sunday, so the working day nearest before it.
  await expect(page.getByText('Kreds foreslår')).toBeVisible();
  await expect(page.locator('.planner__agreed')).toHaveText('fredag 02.04.2027 kl. 10.00 · uge 13');
  await expect(page.getByText('Flyttet fra søndag 04.04.2027: weekend')).toBeVisible();
  await expect(page.getByLabel('Dato', { exact: true })).toHaveValue('02.04.2027');
  await shot(page, 'cadence-95-on-case');
});

async function downloadIcs(page: Page, button: string): Promise<ICAL.Component> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = (await (await downloading).path())!;
  return new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
}

test('moving the agreed meeting updates the same calendar entry, and cancelling sends a cancellation', async ({ page }) => {
  host = await startHost({ env: { KREDS_NOW: '2027-03-18T11:30:00Z' } });
  const created = await host.call<{ id: string }>('cases.create', { childName: 'Sofie', birthYear: 2012, caseType: 'supportive', responsibleWorker: 'Mette Sørensen' });
  const caseId = created.value.id;
  await host.call('followups.save', { caseId, meetingStart: null, start: { date: '2027-04-15', time: '09:00' }, durationMinutes: 60, location: 'Rådhuset' });
  await page.goto(`${host.url}#/cases/${caseId}`);
  const first = (await downloadIcs(page, 'Hent invitation (.ics)')).getFirstSubcomponent('vevent')!;
  expect(first.getFirstPropertyValue('sequence')).toBe(0);
  expect(first.getAllProperties('attendee')).toHaveLength(0);
  await expect(page.getByText('Ingen af sagens deltagere har en e-mailadresse, så invitationen har ingen modtagere.', { exact: false })).toBeVisible();

  await page.getByRole('button', { name: 'Flyt mødet' }).click();
  await page.getByLabel('Dato', { exact: true }).fill('16.04.2027');
  await page.getByRole('button', { name: 'Aftal fredag 16.04.2027 kl. 09.00 · uge 15' }).click();
  await expect(page.locator('.planner__agreed')).toHaveText('fredag 16.04.2027 kl. 09.00 · uge 15');
  const moved = await downloadIcs(page, 'Hent invitation (.ics)');
  const movedEvent = moved.getFirstSubcomponent('vevent')!;
  expect(moved.getFirstPropertyValue('method')).toBe('REQUEST');
  expect(movedEvent.getFirstPropertyValue('uid')).toBe(first.getFirstPropertyValue('uid'));
  expect(movedEvent.getFirstPropertyValue('sequence')).toBe(1);
  expect(String(movedEvent.getFirstPropertyValue('dtstart'))).toBe('2027-04-16T09:00:00');

  await page.getByRole('button', { name: 'Aflys mødet' }).click();
  await page.getByRole('button', { name: 'Ja, aflys mødet' }).click();
  await expect(page.getByText('Mødet fredag 16.04.2027 kl. 09.00 · uge 15 er aflyst.', { exact: false })).toBeVisible();
  const cancel = await downloadIcs(page, 'Hent aflysning (.ics)');
  expect(cancel.getFirstPropertyValue('method')).toBe('CANCEL');
  expect(cancel.getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid')).toBe(first.getFirstPropertyValue('uid'));
  expect(cancel.getFirstSubcomponent('vevent')!.getFirstPropertyValue('sequence')).toBe(2);
  await page.goto(`${host.url}#/followups`);
  await expect(page.getByRole('listitem').filter({ hasText: 'Sofie' })).toBeVisible();
});

test('the overview, the planner and the presenter date have no serious accessibility violations', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  host = await startHost({ demo: true, env: { KREDS_NOW: '2027-03-18T11:30:00Z' } });
  const { meetingId } = await oliverInTheNextMeetingPhase(host);
  for (const route of ['/followups', `/meetings/${meetingId}`, `/presenter/${meetingId}`]) {
    await page.goto(`${host.url}#${route}`);
    await page.locator('main, .console, .shared-screen').first().waitFor();
    await expect(page.getByText(/Næste møde|Opfølgning|Hvornår ses vi igen/).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.planner, .followups-page, .ss-next').analyze();
    expect(results.passes.length).toBeGreaterThan(0);
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${route}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
