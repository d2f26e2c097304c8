import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unfamilyWords } from '../../shared/domain/familyWords';
import { DENSE_NOW, seedDenseMeeting, type DenseMeeting, type DensePhaseKind } from '../denseMeeting';
import { startHost, type StartedHost } from '../host';
import { fitProblems, shownText } from '../screenFit';

/**
 * Every family-facing view of a dense meeting (12 people, ~28 map items, the houses, 12 numbers, 10 agreements …)
 * fits the projector at 1920×1080, 1280×720 and 1024×768, in the light, dark and projector looks and at 200 % text:
 * no scroll, nothing clipped or outside the screen, no text under 1/45 of the height, no text on top of other text,
 * and nothing but the family's words. Screenshots go to test-results/shared-screen/ to look at.
 */
const out = path.join('test-results', 'shared-screen');
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];
const LOOKS = [
  { name: 'light', theme: 'light', textSize: 100 },
  { name: 'dark', theme: 'dark', textSize: 100 },
  { name: 'projector', theme: 'projector', textSize: 100 },
  { name: 'light-200pct', theme: 'light', textSize: 200 },
] as const;
/** The family title each phase shows on the shared screen. */
const TITLES: Record<DensePhaseKind, string> = {
  welcome: 'Velkommen',
  introductions: 'Hvem er her?',
  since_last: 'Siden sidst',
  child_voice: 'Det fortæller Aya',
  family_perspective: 'Det fortæller familien',
  network_professionals: 'Det fortæller netværket',
  mapping: 'Hvad går godt, og hvad er svært?',
  scaling: 'Hvor er vi nu?',
  goals_agreements: 'Hvem gør hvad – og hvornår?',
  next_meeting: 'Hvornår ses vi igen?',
  closing: 'Det tager vi med herfra',
};

let host: StartedHost;
let dense: DenseMeeting;
// A page turning fades in; the screenshots show the page, not the fade.
test.use({ reducedMotion: 'reduce' });

test.beforeAll(async () => {
  fs.mkdirSync(out, { recursive: true });
  host = await startHost({ env: { KREDS_NOW: DENSE_NOW } });
  dense = await seedDenseMeeting(host.call.bind(host) as never);
});
test.afterAll(async () => host.stop());

/** Waits until the screen shows `heading` and has fitted itself (FitScreen marks data-fitted once it settled). */
async function settled(page: Page, heading: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
  await expect(page.locator('.fit-screen')).toHaveAttribute('data-fitted', 'yes');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function check(page: Page, name: string): Promise<string[]> {
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  const problems = await fitProblems(page);
  const words = unfamilyWords(await shownText(page));
  const text = await shownText(page);
  const secrets = dense.secrets.filter((secret) => text.includes(secret));
  return [...problems, ...words.map((w) => `not the family's words: ${w}`), ...secrets.map((s) => `secret shown: ${s}`)].map((p) => `${name}: ${p}`);
}

for (const look of LOOKS) {
  test(`every family-facing view fits the screen in the ${look.name} look`, async ({ page }) => {
    test.setTimeout(240_000);
    await host.call('settings.set', { theme: look.theme, textSize: look.textSize });
    const problems: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const at = `${look.name}-${size.width}x${size.height}`;
      // The meeting's shared screen, following the facilitator through every phase.
      await host.call('meetings.goToPhase', { meetingId: dense.meetingId, phaseId: dense.phases.welcome });
      await page.goto(`${host.url}#/presenter/${dense.meetingId}`);
      await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'))).toBe(String(look.textSize / 100));
      for (const kind of Object.keys(dense.phases) as DensePhaseKind[]) {
        await host.call('meetings.goToPhase', { meetingId: dense.meetingId, phaseId: dense.phases[kind] });
        await settled(page, TITLES[kind]);
        problems.push(...(await check(page, `${at}-${kind}`)));
      }
      // The map page's shared screens and the network map's.
      for (const [view, heading] of [['map', TITLES.mapping], ['scaling', TITLES.scaling], ['houses', TITLES.child_voice]] as const) {
        await page.goto(`${host.url}#/meetings/${dense.meetingId}/map/presenter?view=${view}`);
        await settled(page, heading);
        problems.push(...(await check(page, `${at}-map-page-${view}`)));
      }
      await page.goto(`${host.url}#/cases/${dense.caseId}/network-map/present`);
      await settled(page, TITLES.introductions);
      problems.push(...(await check(page, `${at}-network-map`)));
    }
    expect(problems).toEqual([]);
  });
}

test('a paged view turns its pages calmly, each page fits, and the child comes first', async ({ page }) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.call('settings.set', { theme: 'light', textSize: 100 });
  await host.call('meetings.goToPhase', { meetingId: dense.meetingId, phaseId: dense.phases.mapping });
  await page.goto(`${host.url}#/presenter/${dense.meetingId}`);
  await settled(page, TITLES.mapping);
  await expect(page.locator('.pager__count')).toHaveText('1/2');
  expect(await fitProblems(page)).toEqual([]);
  await page.clock.runFor(41_000);
  await expect(page.locator('.pager__count')).toHaveText('2/2');
  expect(await fitProblems(page)).toEqual([]);
  await page.screenshot({ path: path.join(out, 'paged-2of2-1280x720-mapping.png') });
  // The people here, the child first.
  await host.call('meetings.goToPhase', { meetingId: dense.meetingId, phaseId: dense.phases.welcome });
  await settled(page, TITLES.welcome);
  await expect(page.locator('.ss-present__person').first()).toHaveText('Aya');
});

test('with the phones\' join code shown, the screen fits beside the card and nothing is hidden under it', async ({ page }) => {
  await host.call('settings.set', { theme: 'light', textSize: 100 });
  await host.call('phones.start', { meetingId: dense.meetingId });
  await host.call('phones.showJoin', { meetingId: dense.meetingId, show: true });
  try {
    for (const [kind, viewport] of [['welcome', { width: 1280, height: 720 }], ['goals_agreements', { width: 1024, height: 768 }]] as const) {
      await page.setViewportSize(viewport);
      await host.call('meetings.goToPhase', { meetingId: dense.meetingId, phaseId: dense.phases[kind] });
      await page.goto(`${host.url}#/presenter/${dense.meetingId}`);
      await expect(page.locator('.fit-screen.shared-screen--beside')).toBeVisible();
      await settled(page, TITLES[kind]);
      const card = await page.locator('.ss-join').boundingBox();
      const screen = await page.locator('.fit-screen').boundingBox();
      expect(card && screen && screen.x + screen.width <= card.x).toBe(true);
      expect(await fitProblems(page)).toEqual([]);
      await page.screenshot({ path: path.join(out, `phones-join-${viewport.width}x${viewport.height}-${kind}.png`) });
    }
  } finally {
    await host.call('phones.stop', { meetingId: dense.meetingId });
  }
});

test('the shared screen asks the host only for what it shows', async ({ page }) => {
  const asked = new Set<string>();
  page.on('request', (request) => {
    const match = /\/api\/([\w.]+)$/.exec(new URL(request.url()).pathname);
    if (match) asked.add(match[1]!);
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${host.url}#/presenter/${dense.meetingId}`);
  for (const kind of Object.keys(dense.phases) as DensePhaseKind[]) {
    await host.call('meetings.goToPhase', { meetingId: dense.meetingId, phaseId: dense.phases[kind] });
    await settled(page, TITLES[kind]);
  }
  await page.goto(`${host.url}#/meetings/${dense.meetingId}/map/presenter?view=scaling`);
  await settled(page, TITLES.scaling);
  await page.goto(`${host.url}#/cases/${dense.caseId}/network-map/present`);
  await settled(page, TITLES.introductions);
  // The window's own: the app's version, the lock, the look (theme and text size), and the stream of changes.
  const own = ['app.info', 'lock.status', 'lock.activity', 'settings.get', 'events'];
  // phones.sharedJoin: the phones' address and code while the facilitator shows them (issue 21), nothing else.
  expect([...asked].filter((channel) => !own.includes(channel)).sort()).toEqual(['map.presenter', 'meetings.presenter', 'networkMap.presenter', 'phones.sharedJoin']);
});

test('agreements made during the meeting show at once on their page, and the screen grows roomy again when they go', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await host.call('settings.set', { theme: 'light', textSize: 100 });
  await host.call('meetings.goToPhase', { meetingId: dense.meetingId, phaseId: dense.phases.goals_agreements });
  await page.goto(`${host.url}#/presenter/${dense.meetingId}`);
  await settled(page, TITLES.goals_agreements);
  await expect(page.locator('.pager__count')).toHaveCount(0);
  const made: string[] = [];
  for (let i = 1; i <= 12; i++) {
    const what = `Aftale nummer ${i}: Aya og mormor øver cykelturen til skolen søndag eftermiddag`;
    const created = await host.call<{ id: string }>('agreements.create', { caseId: dense.caseId, meetingId: dense.meetingId, what, responsibleParticipantId: dense.people.grandmother, responsibleName: 'Birthe Nørgaard', dueDate: '2026-06-01' });
    made.push(created.value.id);
    // The newest agreement is on the screen the moment it is made, on whichever page it lands.
    await expect(page.getByText(what)).toBeVisible();
  }
  await expect(page.locator('.pager__count')).toHaveText(/^\d\/2$/);
  expect(await fitProblems(page)).toEqual([]);
  for (const id of made) await host.call('agreements.delete', { id });
  await expect(page.getByText('Aftale nummer 12')).toHaveCount(0);
  // Without the extra agreements the list fits on one page again.
  await expect(page.locator('.pager__count')).toHaveCount(0);
  await expect(page.locator('.fit-screen')).toHaveAttribute('data-fit-step', 'tight');
  expect(await fitProblems(page)).toEqual([]);
});
