// `npm run build && npx tsx scripts/readme-screenshots.ts`: the README's screenshots, taken from the demo data
// (`--demo`) at 1920×1080 in the light theme, into docs/screenshots/ (PNG: smaller than JPEG for this flat UI).
// Each capability adds its screen with one line below.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium';
import { seedDenseMeeting, type DenseMeeting, type DensePhaseKind } from '../e2e/denseMeeting';
import { startHost, type StartedHost } from '../e2e/host';

interface Shot {
  file: string;
  /** The route, or a function that finds it through the API (ids differ per run). */
  path: string | ((host: StartedHost) => Promise<string>);
  /** Text that shows once the screen has loaded. */
  ready: string | RegExp;
  /** A screen taken at its own size (the shared screen at the size Kreds opens its window at). */
  viewport?: { width: number; height: number };
}

async function oliver(host: StartedHost): Promise<string> {
  const list = await host.call<{ id: string; childName: string }[]>('cases.list', { status: 'all' });
  return list.value.find((c) => c.childName === 'Oliver')!.id;
}

async function meetingOf(host: StartedHost, status: 'held' | 'planned'): Promise<{ id: string }> {
  const list = await host.call<{ id: string; status: string }[]>('meetings.list', { caseId: await oliver(host) });
  return list.value.find((m) => m.status === status)!;
}

/** Oliver's follow-up meeting, started and at its »Siden sidst« phase: the console and the shared screen in use. */
async function runningFollowUp(host: StartedHost): Promise<string> {
  const planned = await meetingOf(host, 'planned');
  const started = await host.call<{ id: string; phases: { id: string; kind: string }[]; attendance: { participantId: string }[] }>('meetings.start', { id: planned.id });
  for (const a of started.value.attendance) await host.call('meetings.setAttendance', { meetingId: planned.id, participantId: a.participantId, status: 'present' });
  const phase = started.value.phases.find((p) => p.kind === 'since_last') ?? started.value.phases[1]!;
  await host.call('meetings.goToPhase', { meetingId: planned.id, phaseId: phase.id });
  return planned.id;
}

/** Barnets bog on the shared screen at a page with a drawing (the console steps it there). */
async function showStoryPage(host: StartedHost, page: number): Promise<string> {
  const caseId = await oliver(host);
  await host.call('childStory.showPage', { caseId, page });
  return caseId;
}

let followUp: string | undefined;
let dense: Promise<DenseMeeting> | undefined;
/** Aya's dense meeting (e2e/denseMeeting.ts: 12 people, 28 map items, 12 numbers, 10 agreements …) at one phase. */
async function denseAt(host: StartedHost, phase: DensePhaseKind): Promise<string> {
  const meeting = await (dense ??= seedDenseMeeting(host.call.bind(host) as never));
  await host.call('meetings.goToPhase', { meetingId: meeting.meetingId, phaseId: meeting.phases[phase] });
  return `/presenter/${meeting.meetingId}`;
}
const SHARED_SCREEN = { width: 1280, height: 720 };
const shots: Shot[] = [
  { file: 'case-list.png', path: '/cases', ready: 'Sager' },
  { file: 'case-overview.png', path: async (host) => `/cases/${await oliver(host)}`, ready: 'Oliver' },
  { file: 'map.png', path: async (host) => `/meetings/${(await meetingOf(host, 'held')).id}/map`, ready: /^Kortet fra mødet/ },
  { file: 'plan.png', path: async (host) => `/cases/${await oliver(host)}/plan`, ready: 'Oliver: Mål og plan' },
  { file: 'safety-plan.png', path: async (host) => `/cases/${await oliver(host)}/safety-plan`, ready: 'Oliver: Sikkerhedsplan' },
  { file: 'child-story-screen.png', path: async (host) => `/cases/${await showStoryPage(host, 2)}/child-story/present`, ready: /^Nogle morgener/ },
  // Last: starting the follow-up puts a »meeting in progress« banner on every other screen.
  { file: 'console.png', path: async (host) => `/meetings/${(followUp ??= await runningFollowUp(host))}`, ready: 'Opfølgningsmøde' },
  { file: 'presenter.png', path: async (host) => `/presenter/${(followUp ??= await runningFollowUp(host))}`, ready: 'Siden sidst' },
  // The shared screen in a dense meeting at 1280×720.
  { file: 'shared-screen-introductions.png', path: (host) => denseAt(host, 'introductions'), ready: 'Hvem er her?', viewport: SHARED_SCREEN },
  { file: 'shared-screen-map.png', path: (host) => denseAt(host, 'mapping'), ready: 'Hvad går godt, og hvad er svært?', viewport: SHARED_SCREEN },
  { file: 'shared-screen-scaling.png', path: (host) => denseAt(host, 'scaling'), ready: 'Hvor er vi nu?', viewport: SHARED_SCREEN },
  { file: 'shared-screen-closing.png', path: (host) => denseAt(host, 'closing'), ready: 'Det tager vi med herfra', viewport: SHARED_SCREEN },
];

/**
 * `--themes` takes the same screens in the light, dark and projector themes at 1920×1080 and 1366×768 into
 * test-results/theme-screenshots/ for a person to look at (the README's screenshots stay light at 1920×1080).
 */
const themes = process.argv.includes('--themes');
const looks = themes ? (['light', 'dark', 'projector'] as const) : (['light'] as const);
const sizes = themes ? [{ width: 1920, height: 1080 }, { width: 1366, height: 768 }] : [{ width: 1920, height: 1080 }];
const outDir = themes ? path.join('test-results', 'theme-screenshots') : path.join('docs', 'screenshots');
fs.mkdirSync(outDir, { recursive: true });

const host = await startHost({ demo: true, env: { KREDS_NOW: '2026-05-14T10:00:00' } });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  // Reduced motion: a shared screen's page fades in, and the picture should show the page, not the fade.
  const page = await browser.newPage({ locale: 'da-DK', reducedMotion: 'reduce' });
  for (const look of looks) {
    await host.call('settings.set', { theme: look, textSize: 100 });
    for (const size of sizes) {
      for (const shot of shots) {
        await page.setViewportSize(shot.viewport ?? size);
        const route = typeof shot.path === 'string' ? shot.path : await shot.path(host);
        await page.goto(`${host.url}#${route}`);
        await page.reload(); // the theme setting is read at start
        await page.getByRole('heading', { level: 1, name: shot.ready }).first().waitFor();
        if (shot.viewport) await page.locator('.fit-screen[data-fitted="yes"]').waitFor();
        // Moving between routes puts the keyboard focus on the heading; a screenshot shows the screen as first opened.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.waitForTimeout(400);
        const file = path.join(outDir, themes ? `${look}-${size.width}x${size.height}-${shot.file}` : shot.file);
        await page.screenshot({ path: file });
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await host.stop();
}
