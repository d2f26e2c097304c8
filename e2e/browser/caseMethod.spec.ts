import { expect, test, type Page } from '@playwright/test';
import { pdfText } from '../pdf';
import { startHost, tempDataDir, type StartedHost } from '../host';

/**
 * The case decides the method (issue 16): three cases that differ from the demo, from creation through a first
 * meeting and a follow-up. Thursday 18.03.2027.
 */
let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

/** Signs of Safety's words that a Signs of Wellbeing case must never show. */
const SAFETY_WORDS = /Sikkerhedsmål|Bekymringsudsagn|Eksisterende sikkerhed|\bSkade\b|ikke kan bo hjemme|Komplicerende faktorer/;

async function must<T>(h: StartedHost, channel: string, input: unknown): Promise<T> {
  const result = await h.call<T>(channel, input);
  expect(result.ok, `${channel}: ${result.error?.message}`).toBe(true);
  return result.value;
}

async function createCaseInForm(page: Page, h: StartedHost, childName: string, birthYear: number, type: string): Promise<string> {
  await page.goto(`${h.url}#/cases/new`);
  await page.getByLabel('Barnets fornavn eller initialer').fill(childName);
  await page.getByLabel('Fødselsår').fill(String(birthYear));
  await page.getByLabel('Sagstype').selectOption({ label: type });
  await page.getByLabel('Ansvarlig sagsbehandler').fill('Mette Sørensen');
  await page.getByRole('button', { name: 'Opret' }).click();
  await expect(page.getByRole('heading', { level: 1, name: childName })).toBeVisible();
  return new URL(page.url()).hash.split('/')[2]!;
}

async function printPdf(page: Page, url: string, file: string): Promise<string> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.locator('body[data-print-ready="1"]').waitFor();
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  return pdfText(file);
}

type Meeting = { id: string; phases: { id: string; kind: string; questions: string[] }[] };

test('an early-help case for a 5-year-old speaks Signs of Wellbeing on every surface, first meeting and follow-up', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  host = await startHost({ dataDir: tempDataDir(), env: { KREDS_NOW: '2027-03-18T08:00:00Z' } });
  await page.setViewportSize({ width: 1366, height: 768 });
  const caseId = await createCaseInForm(page, host, 'Ida', 2022, 'Tidligt forebyggende indsats (§ 30)');
  const defaults = page.getByTestId('case-defaults');
  await expect(defaults).toContainText('Signs of Wellbeing ·');
  await expect(defaults).toContainText('0 er, at det er rigtig svært');
  await expect(defaults).toContainText('opfølgning om 6–8 uger');
  await expect(defaults).toContainText('standard for Tidligt forebyggende indsats (§ 30)');
  await expect(page.getByTestId('adult-transition')).toHaveCount(0);

  const mother = await must<{ id: string }>(host, 'participants.create', { caseId, name: 'Sara', role: 'mother' });
  const teacher = await must<{ id: string }>(host, 'participants.create', { caseId, name: 'Lone Berg', role: 'pedagogue' });
  const meeting = await must<Meeting>(host, 'meetings.create', { caseId, type: 'network_meeting', startsAt: '2027-03-18T10:00', participantIds: [mother.id, teacher.id] });
  expect(meeting.phases.find((p) => p.kind === 'next_meeting')!.questions[0]).toBe('Hvornår mødes vi igen (om 6–8 uger, efter sagens kadence)?');
  await must(host, 'meetings.start', { id: meeting.id });
  const danger = await must<{ id: string }>(host, 'map.addItem', { meetingId: meeting.id, part: 'danger_statements', text: 'Ida sover for lidt', saidBy: null, confidential: false });
  const goal = await must<{ id: string }>(host, 'map.addItem', { meetingId: meeting.id, part: 'safety_goals', text: 'Ida sover 10 timer', saidBy: mother.id, confidential: false });
  await must(host, 'map.addItem', { meetingId: meeting.id, part: 'harm', text: 'Ida faldt i søvn i børnehaven', saidBy: null, confidential: false });
  await must(host, 'map.pair', { dangerId: danger.id, goalId: goal.id });

  // The console: the map and the scaling question in the case's wording.
  const scalingPhase = meeting.phases.find((p) => p.kind === 'scaling')!;
  await must(host, 'meetings.goToPhase', { meetingId: meeting.id, phaseId: meeting.phases.find((p) => p.kind === 'mapping')!.id });
  await page.goto(`${host.url}#/meetings/${meeting.id}`);
  await expect(page.getByText('Trivselsmål').first()).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(SAFETY_WORDS);
  await must(host, 'meetings.goToPhase', { meetingId: meeting.id, phaseId: scalingPhase.id });
  await expect(page.getByText(/0 er, at det er rigtig svært/).first()).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(SAFETY_WORDS);

  // The map page with its pairing box, and the shared screen's map.
  await page.goto(`${host.url}#/meetings/${meeting.id}/map`);
  await expect(page.getByText('Trivselsmål').first()).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(SAFETY_WORDS);
  await page.goto(`${host.url}#/meetings/${meeting.id}/map/presenter`);
  await expect(page.getByText('Det, vi vil nå: Ida sover 10 timer')).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(SAFETY_WORDS);

  // Held: the read-back, the journal note and both PDFs.
  const next = await must<{ start: { date: string } }>(host, 'followups.save', {
    caseId, fromMeetingId: meeting.id, meetingStart: { date: '2027-03-18', time: '10:00' }, start: { date: '2027-05-05', time: '10:00' }, durationMinutes: 90, location: '',
  });
  expect(next.start.date).toBe('2027-05-05');
  await must(host, 'meetings.end', { id: meeting.id });
  await page.goto(`${host.url}#/meetings/${meeting.id}/review?pro=1`);
  await expect(page.getByText('Ida sover 10 timer')).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(SAFETY_WORDS);
  const journal = await must<{ text: string }>(host, 'review.journal', { meetingId: meeting.id, professional: true });
  expect(journal.text).toContain('Trivselsmål');
  expect(journal.text).not.toMatch(SAFETY_WORDS);
  const family = await printPdf(page, `${host.url}#/print/meeting/${meeting.id}`, testInfo.outputPath('ida-familie.pdf'));
  const professional = await printPdf(page, `${host.url}#/print/meeting/${meeting.id}?version=professional`, testInfo.outputPath('ida-fag.pdf'));
  for (const text of [family, professional]) {
    expect(text).toContain('Ida sover 10 timer');
    expect(text).not.toMatch(SAFETY_WORDS);
  }
  expect(professional).toContain('Trivselsmål');

  // The follow-up (planned by saving the next meeting) revisits the carried-forward map.
  const meetings = await must<{ id: string; type: string }[]>(host, 'meetings.list', { caseId });
  const followUp = await must<Meeting>(host, 'meetings.get', { id: meetings.find((m) => m.type === 'follow_up')!.id });
  expect(followUp.phases.map((p) => p.kind)).toContain('mapping');
  await page.goto(`${host.url}#/meetings/${followUp.id}`);
  await page.getByRole('button', { name: /Kortlægning/ }).click();
  await expect(page.getByTestId('map-carried')).toBeVisible();
  await expect(page.getByText('Ida sover 10 timer').first()).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(SAFETY_WORDS);
  await page.goto(`${host.url}#/cases/${caseId}/prepare`);
  await expect(page.getByRole('heading', { name: 'Trivselsmål' })).toBeVisible();
  expect(await page.locator('main').innerText()).not.toMatch(SAFETY_WORDS);

  // The link on the case page changes the wording; the line then says it was chosen for the case.
  await page.goto(`${host.url}#/cases/${caseId}`);
  await page.getByRole('button', { name: 'Skift metode for sagen' }).click();
  await page.getByRole('dialog').getByLabel('Ordlyd').selectOption({ label: 'Signs of Safety (sikkerhed)' });
  await page.getByRole('dialog').getByRole('button', { name: 'Luk' }).click();
  await expect(page.getByTestId('case-defaults')).toContainText('Signs of Safety · skalaen: 0 er, at barnet ikke kan bo hjemme');
  await expect(page.getByTestId('case-defaults')).toContainText('valgt for sagen');
});

test('a placement of a 17-year-old: 2 then 6 weeks, proposals from the meeting held, a refusal shown, and efterværn', async ({ page }) => {
  test.setTimeout(90_000);
  host = await startHost({ dataDir: tempDataDir(), env: { KREDS_NOW: '2027-03-18T08:00:00Z' } });
  await page.setViewportSize({ width: 1366, height: 768 });
  const caseId = await createCaseInForm(page, host, 'Emil', 2010, 'Anbringelse');
  const defaults = page.getByTestId('case-defaults');
  await expect(defaults).toContainText('Signs of Safety ·');
  await expect(defaults).toContainText('0 er, at den unge ikke kan bo hjemme');
  await expect(defaults).toContainText('første opfølgning om 2 uger, derefter om 6 uger');
  await expect(defaults).toContainText('standard for Anbringelse');
  const transition = page.getByTestId('adult-transition');
  await expect(transition).toContainText('Emil fylder 18 i 2028, omkring 01.07.2028 (kun fødselsåret er gemt, så datoen er omtrentlig)');
  await expect(transition).toContainText('efterværn');
  await expect(transition).toContainText('18 til 22 år');
  await page.screenshot({ path: test.info().outputPath('case-page-placement.png') });

  const teacher = await must<{ id: string }>(host, 'participants.create', { caseId, name: 'Lars Berg', role: 'teacher' });
  const meeting = await must<Meeting>(host, 'meetings.create', { caseId, type: 'network_meeting', startsAt: '2027-03-18T10:00', participantIds: [teacher.id] });
  await must(host, 'meetings.start', { id: meeting.id });
  await must(host, 'meetings.goToPhase', { meetingId: meeting.id, phaseId: meeting.phases.find((p) => p.kind === 'next_meeting')!.id });
  await page.goto(`${host.url}#/meetings/${meeting.id}`);
  await expect(page.getByText('Hvornår mødes vi igen (om 2 uger, efter sagens kadence)?')).toBeVisible();
  const planner = page.locator('form.planner');
  await expect(planner.getByText('torsdag 01.04.2027 kl. 10.00 · uge 13').first()).toBeVisible();
  await planner.getByRole('button', { name: /^Aftal/ }).click();
  await expect(page.getByRole('heading', { name: 'Næste møde er aftalt' })).toBeVisible();
  await must(host, 'meetings.end', { id: meeting.id });

  // The case gets its own cadence after the first follow-up: 4 weeks.
  await must(host, 'followups.setCadence', { caseId, preset: 'placement', overrideWeeks: 4, reason: 'Hjemgivelse forberedes', supportStartDate: null });
  const followUpId = (await must<{ id: string; type: string }[]>(host, 'meetings.list', { caseId })).find((m) => m.type === 'follow_up')!.id;
  const followUp = await must<Meeting>(host, 'meetings.get', { id: followUpId });
  await page.goto(`${host.url}#/meetings/${followUpId}`);
  await page.getByRole('button', { name: /Næste møde/ }).click();
  const next = page.locator('form.planner');
  // Counted from this follow-up (01.04.2027) with the case's own 4 weeks: 29.04.2027, not "Første opfølgning".
  await expect(next.getByText('torsdag 29.04.2027 kl. 10.00 · uge 17').first()).toBeVisible();
  await expect(next.getByText(/Næste opfølgning: mellem/)).toBeVisible();
  await expect(next.getByText(/Første opfølgning/)).toHaveCount(0);
  expect(followUp.phases.find((p) => p.kind === 'next_meeting')!.questions[0]).toContain('om 6 uger');
  // A day outside the window: the reason is asked for where the user acted, and the host's refusal is shown there.
  await next.getByLabel('Dato', { exact: true }).fill('10.06.2027');
  await next.getByRole('button', { name: /^Aftal/ }).click();
  await expect(next.getByText('Datoen ligger uden for vinduet: skriv en kort begrundelse')).toBeVisible();
  await next.getByLabel('Begrundelse for datoen uden for vinduet').fill('Sommerferie på opholdsstedet');
  await next.getByRole('button', { name: /^Aftal/ }).click();
  await expect(page.getByText('Uden for vinduet: Sommerferie på opholdsstedet')).toBeVisible();

  // The plan and the preparation speak of the way to adult life too.
  await page.goto(`${host.url}#/cases/${caseId}/plan`);
  await expect(page.getByTestId('adult-transition')).toContainText('efterværn');
  await page.goto(`${host.url}#/meetings/${followUpId}/prepare`);
  await expect(page.getByTestId('adult-transition')).toContainText('omtrentlig');
});

test('a ressourcecentermøde stays professional: no family invited, no shared screen, no family wording or PDF', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  host = await startHost({ dataDir: tempDataDir(), env: { KREDS_NOW: '2027-03-18T08:00:00Z' } });
  await page.setViewportSize({ width: 1366, height: 768 });
  const caseId = await createCaseInForm(page, host, 'Noah', 2017, 'Afdækning/undersøgelse (§§ 19–20)');
  for (const [name, role] of [['Noah', 'child'], ['Peter', 'father'], ['Lars Berg', 'teacher'], ['Hanne Lund', 'ppr_psychologist']] as const) {
    await must(host, 'participants.create', { caseId, name, role });
  }
  await page.goto(`${host.url}#/cases/${caseId}/meetings/new`);
  await page.getByLabel('Mødetype').selectOption({ label: 'Ressourcecentermøde' });
  await expect(page.getByText('Kun fagpersoner: familien og barnet inviteres ikke til et ressourcecentermøde.')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('familien har valgt');
  await page.getByRole('button', { name: 'Vælg alle fagpersoner' }).click();
  const box = (name: string) => page.locator('.invitees li', { hasText: name }).getByRole('checkbox');
  await expect(box('Lars Berg')).toBeChecked();
  await expect(box('Hanne Lund')).toBeChecked();
  await expect(box('Peter')).not.toBeChecked();
  await expect(box('Noah')).not.toBeChecked();
  await box('Peter').click();
  const confirm = page.getByRole('dialog', { name: 'Invitere Peter?' });
  await expect(confirm).toContainText('kun for fagpersoner');
  await confirm.getByRole('button', { name: 'Nej' }).click();
  await expect(box('Peter')).not.toBeChecked();
  await page.getByLabel('Dato').fill('18.03.2027');
  await page.getByLabel('Klokkeslæt').fill('10.00');
  await page.getByRole('button', { name: 'Opret møde' }).click();
  await expect(page.getByRole('heading', { name: 'Forbered mødet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dagsorden til familien' })).toHaveCount(0);
  const meetingId = new URL(page.url()).hash.split('/')[2]!;
  await page.goto(`${host.url}#/cases/${caseId}`);
  await expect(page.getByRole('link', { name: 'Forbered mødet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Udskriv dagsorden' })).toHaveCount(0);

  await must(host, 'meetings.start', { id: meetingId });
  await page.goto(`${host.url}#/meetings/${meetingId}`);
  await expect(page.getByText('Ressourcecentermøde: kun fagpersoner, derfor ingen fællesskærm.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Åbn fællesskærm' })).toHaveCount(0);
  await expect(page.getByText('Kun for fagpersoner. Markeres som fortroligt i resuméet.')).toBeVisible();
  const consoleText = await page.locator('.console').innerText();
  expect(consoleText).not.toMatch(/fællesskærmen|spørg familien|familien kan genkende/i);
  await page.screenshot({ path: testInfo.outputPath('resource-center-console.png') });
  await page.goto(`${host.url}#/meetings/${meetingId}/map`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vis på fælles skærm' })).toHaveCount(0);
  expect((await host.call('map.presenter', { meetingId })).ok).toBe(false);

  await must(host, 'meetings.end', { id: meetingId });
  await page.goto(`${host.url}#/meetings/${meetingId}/review`);
  await expect(page.getByText(/Ressourcecentermøde: kun fagpersoner – resuméet er den fagprofessionelle version/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Familievisning' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'PDF til familien' })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('resource-center-review.png') });
  const asFamily = await printPdf(page, `${host.url}#/print/meeting/${meetingId}`, testInfo.outputPath('noah.pdf'));
  expect(asFamily).not.toMatch(/Referat af mødet om|Ring til din rådgiver/);
});
