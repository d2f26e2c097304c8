import { expect, test, type Locator, type Page } from '@playwright/test';
import { FULL_MEETING_NOW, seedFollowUp, seedFullMeeting } from '../fullMeeting';
import { startHost, type StartedHost } from '../host';
import { inView, layoutProblems } from '../layoutChecks';

/**
 * The console of an ordinary full meeting (12 people, 28 map items in long sentences, 10 agreements, the next meeting
 * booked) on the common municipal laptop, 1366×768, and at 125 % Windows scaling, 1093×614 CSS px: in every phase the
 * phase's main input is in view without scrolling, nothing scrolls sideways, no word is broken, nothing is cut off.
 * Screenshots land in test-results/console-layout/ to look at.
 */
let host: StartedHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1093, height: 614 },
];

/** The control a facilitator uses first in each phase. */
const MAIN_INPUTS: Record<string, (page: Page) => Locator[]> = {
  welcome: (page) => [page.getByRole('group', { name: 'Fremmøde for Mathias Holm Jensen' }).getByRole('button', { name: 'Til stede' })],
  introductions: (page) => [page.getByRole('textbox', { name: 'Noter til Præsentation' })],
  child_voice: (page) => ['Huset med bekymringer', 'Huset med de gode ting', 'Drømmehuset'].map((house) => page.getByLabel(`Barnets ord i ${house}`)),
  family_perspective: (page) => [page.getByRole('textbox', { name: 'Noter til Familiens perspektiv' })],
  network_professionals: (page) => [page.getByRole('textbox', { name: 'Noter til Netværk og fagpersoner' })],
  // Every part's entry line, not only the first: the facilitator types into whichever part the family is talking about.
  mapping: (page) =>
    ['Skade', 'Komplicerende faktorer', 'Bekymringsudsagn', 'Styrker og ressourcer', 'Eksisterende sikkerhed', 'Sikkerhedsmål', 'Næste skridt'].map((part) =>
      page.getByLabel(`Nyt punkt under ${part}`, { exact: true }),
    ),
  scaling: (page) => [page.locator('.scaling__inputs input').first()],
  goals_agreements: (page) => [page.getByRole('form', { name: 'Ny aftale' }).getByLabel('Hvad skal gøres?')],
  next_meeting: (page) => [page.getByRole('button', { name: 'Flyt mødet' })],
  closing: (page) => [page.getByRole('textbox', { name: 'Noter til Afrunding' })],
  since_last: (page) => [page.getByRole('listitem', { name: /^Komme om morgenen/ }).getByRole('radio', { name: 'Udført', exact: true })],
};

async function checkPhase(page: Page, size: { width: number; height: number }, phase: { kind: string; title: string }, failures: string[]) {
  await page.getByRole('navigation', { name: 'Mødets faser' }).getByRole('button', { name: new RegExp(`^\\d+ ${phase.title}|^✓ ${phase.title}|${phase.title}`) }).click();
  await expect(page.getByRole('heading', { level: 2, name: phase.title, exact: true })).toBeVisible();
  const inputs = MAIN_INPUTS[phase.kind]!(page);
  for (const input of inputs) await expect(input).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const name = `${size.width}x${size.height}-${phase.kind}`;
  await page.screenshot({ path: `test-results/console-layout/${name}.png` });
  if (process.env.KREDS_FULL_SHOTS) await page.screenshot({ path: `test-results/console-layout/${name}-full.png`, fullPage: true });
  for (const [i, input] of inputs.entries()) {
    const where = await inView(input);
    if (!where.inView) failures.push(`${name}: main input ${i + 1} at ${where.top}–${where.bottom} px, window ${where.height} px`);
  }
  for (const problem of await layoutProblems(page, '.console')) failures.push(`${name}: ${problem}`);
}

test('every console phase of a full meeting fits 1366×768 and 1093×614: main input in view, nothing sideways, broken or cut off', async ({ page }) => {
  test.setTimeout(240_000);
  host = await startHost({ env: FULL_MEETING_NOW });
  const full = await seedFullMeeting(host);
  const failures: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.goto(`${host.url}#/meetings/${full.meetingId}`);
    for (const phase of full.phases) await checkPhase(page, size, phase, failures);
    // Moving the booked meeting opens the planner: the window's days, one click each, are in view too.
    await page.getByRole('navigation', { name: 'Mødets faser' }).getByRole('button', { name: /Næste møde/ }).click();
    await page.getByRole('button', { name: 'Flyt mødet' }).click();
    const planner = page.locator('form.planner');
    await expect(planner.getByLabel('Dato', { exact: true })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/console-layout/${size.width}x${size.height}-next_meeting-planner.png` });
    for (const control of [planner.locator('.day-chip').first()]) {
      const where = await inView(control);
      if (!where.inView) failures.push(`${size.width}x${size.height}-next_meeting-planner: control at ${where.top}–${where.bottom} px, window ${where.height} px`);
    }
    for (const problem of await layoutProblems(page, '.console')) failures.push(`${size.width}x${size.height}-next_meeting-planner: ${problem}`);
  }
  const followUp = await seedFollowUp(host, full);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.goto(`${host.url}#/meetings/${followUp.followUpId}`);
    await checkPhase(page, size, followUp.followUpPhases.find((p) => p.kind === 'since_last')!, failures);
  }
  expect(failures).toEqual([]);
});
