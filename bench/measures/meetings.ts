// Meeting facilitator measurements (issue 4): how fast the shared screen follows the facilitator, and how fast the
// notes editor takes a keystroke in a long (20-page) note, against a bare contenteditable in the same run; and (issue
// 15) how fast the shared screen lays itself out again when an item is added to a full map.
import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumExecutable, chromiumLaunchOptions } from '../../e2e/chromium';
import { seedDenseMeeting } from '../../e2e/denseMeeting';
import { tempDataDir, type StartedHost } from '../../e2e/host';
import { sharedTitle } from '../../e2e/screenFit';
import { toIsoDay } from '../../shared/domain/dates';
import { summarize, type Results } from '../stats';

type StartHost = (dataDir: string, demo?: boolean) => Promise<StartedHost>;

/** About 20 A4 pages: 400 paragraphs of ~150 characters (~60,000 characters). */
const PARAGRAPHS = Array.from({ length: 400 }, (_, i) =>
  `Punkt ${i + 1}: Oliver fortæller om morgenerne, fodbold og skolen; mormor henter om mandagen, og læreren sender en besked om fredagen.`,
);

// Page-side scripts are strings: the bench runs through tsx, whose helpers do not exist inside the page.
const WATCH_TITLE = `void (window.__shown = new Promise((resolve) => {
  const observer = new MutationObserver(() => check());
  function check() {
    if (document.querySelector('.ss-title')?.textContent !== EXPECTED) return;
    observer.disconnect();
    resolve(Date.now());
  }
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  check();
}))`;

// Resolves with the time (ms since the epoch) of the first frame after the screen shows EXPECTED and has fitted itself.
const WATCH_FIT = `void (window.__fitted = new Promise((resolve) => {
  const observer = new MutationObserver(() => check());
  function check() {
    const root = document.querySelector('.fit-screen');
    if (!root || root.dataset.fitted !== 'yes' || !document.body.textContent.includes(EXPECTED)) return;
    observer.disconnect();
    requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
  }
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-fitted'] });
  check();
}))`;

const RECORD_LATENCY = `(() => {
  const el = document.querySelector(SELECTOR);
  window.__latency = [];
  el.addEventListener('keydown', () => {
    const started = performance.now();
    const channel = new MessageChannel();
    let hops = 0;
    channel.port1.onmessage = () => {
      if (++hops < 2) return channel.port2.postMessage(0);
      void el.offsetHeight;
      window.__latency.push(performance.now() - started);
    };
    channel.port2.postMessage(0);
  }, { capture: true });
})()`;

async function runningMeeting(host: StartedHost): Promise<{ id: string; phases: { id: string; title: string }[] }> {
  const cases = await host.call<{ id: string }[]>('cases.list', { query: 'Oliver' });
  const caseId = cases.value[0]!.id;
  const people = await host.call<{ id: string }[]>('participants.list', { caseId });
  const day = new Date().toISOString().slice(0, 10);
  const created = await host.call<{ id: string }>('meetings.create', { caseId, type: 'network_meeting', startsAt: `${day}T09:00`, participantIds: people.value.map((p) => p.id) });
  const started = await host.call<{ id: string; phases: { id: string; title: string }[] }>('meetings.start', { id: created.value.id });
  return started.value;
}

/**
 * Facilitator presses Alt+→ / Alt+← in the console → the shared screen (its own window) shows the new phase title,
 * in the family's words (`sharedTitle`: Oliver's demo meeting keeps Kreds's own titles).
 */
async function presenterSync(consolePage: Page, presenter: Page, titles: string[], rounds = 3): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [direction, order] of [['Alt+ArrowRight', titles.slice(1)], ['Alt+ArrowLeft', titles.slice(0, -1).reverse()]] as const) {
      for (const title of order) {
        await presenter.evaluate(WATCH_TITLE.replace('EXPECTED', JSON.stringify(sharedTitle(title, 'Oliver'))));
        const started = Date.now();
        await consolePage.keyboard.press(direction);
        const shown = (await presenter.evaluate('window.__shown')) as number;
        samples.push(shown - started);
        // The facilitator sees the phase on the laptop before pressing again.
        await consolePage.getByRole('heading', { level: 2, name: title }).waitFor();
      }
    }
  }
  return samples;
}

/**
 * A full map on the shared screen (the dense meeting at 1280×720, the size Kreds opens its window at, in Kortlægning):
 * from the moment an item is added through the host until the screen shows it, fitted again, in the next frame.
 * The item is removed again between rounds, so every round adds to the same full map.
 */
async function presenterFit(host: StartedHost, page: Page, rounds: number): Promise<number[]> {
  const dense = await seedDenseMeeting(host.call.bind(host) as never, { childName: 'Asta', today: toIsoDay(new Date()) });
  await host.call('meetings.goToPhase', { meetingId: dense.meetingId, phaseId: dense.phases.mapping });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${host.url}#/presenter/${dense.meetingId}`);
  await page.locator('.fit-screen[data-fitted="yes"] [data-testid="map-presenter"]').waitFor();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const text = `Punkt ${round}: Asta har fortalt sin lærer, at hun gerne vil have en fast plads ved vinduet i klassen.`;
    await page.evaluate(WATCH_FIT.replace('EXPECTED', JSON.stringify(text)));
    const started = Date.now();
    const added = await host.call<{ id: string }>('map.addItem', { meetingId: dense.meetingId, part: 'harm', text, saidBy: null, confidential: false });
    samples.push(((await page.evaluate('window.__fitted')) as number) - started);
    await host.call('map.deleteItem', { id: added.value.id });
    await page.waitForFunction((gone) => !document.body.textContent!.includes(gone) && document.querySelector<HTMLElement>('.fit-screen')?.dataset.fitted === 'yes', text);
  }
  return samples;
}

/**
 * Main-thread time from keydown until the keystroke is applied, the work it scheduled (the editor's transaction,
 * React) has run and layout is up to date. Two message hops run after tasks queued by the keystroke itself.
 */
async function keystrokeLatency(page: Page, selector: string, keys: number): Promise<number[]> {
  await page.click(selector);
  await page.keyboard.press('Control+End');
  await page.evaluate(RECORD_LATENCY.replace('SELECTOR', JSON.stringify(selector)));
  await page.keyboard.type('Mormor henter Oliver mandag morgen kl. 7.30, og Lars sender en sms til Camilla fredag. '.repeat(4).slice(0, keys), { delay: 25 });
  await page.waitForTimeout(300);
  return (await page.evaluate('window.__latency')) as number[];
}

/** `rounds` of presenter sync (3) and `keys` typed per editor (150); the e2e check of the bench itself runs fewer. */
export async function measureMeetings(results: Results, startHost: StartHost, { rounds = 3, keys: typed = 150 } = {}): Promise<void> {
  const keys = [
    'presenter_sync_p95_ms', 'presenter_sync_median_ms', 'keystroke_latency_p95_ms', 'keystroke_latency_median_ms',
    'keystroke_latency_baseline_p95_ms', 'keystroke_latency_baseline_median_ms', 'presenter_fit_ms', 'presenter_fit_median_ms',
  ] as const;
  if (!chromiumExecutable()) {
    for (const key of keys) results[key] = null;
    return;
  }
  // The host's data folder (a demo database) goes when the measurement ends, however it ends.
  const dataDir = tempDataDir('kreds-bench-meeting-');
  let host: StartedHost | undefined;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    host = await startHost(dataDir, true);
    browser = await chromium.launch(chromiumLaunchOptions());
    const meeting = await runningMeeting(host);
    const viewport = { width: 1920, height: 1080 };
    // Two windows, as in the room: the console on the laptop, the shared screen on the projector.
    const consolePage = await (await browser.newContext({ viewport })).newPage();
    const presenter = await (await browser.newContext({ viewport })).newPage();
    await consolePage.goto(`${host.url}#/meetings/${meeting.id}`);
    await presenter.goto(`${host.url}#/presenter/${meeting.id}`);
    await presenter.locator('.ss-title').waitFor();
    await consolePage.getByRole('heading', { level: 2, name: meeting.phases[0]!.title }).click();
    const sync = summarize(await presenterSync(consolePage, presenter, meeting.phases.map((p) => p.title), rounds));
    results.presenter_sync_p95_ms = sync.p95;
    results.presenter_sync_median_ms = sync.median;

    const content = PARAGRAPHS.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] }));
    await host.call('meetings.saveNote', { meetingId: meeting.id, phaseId: meeting.phases[0]!.id, kind: 'shared', doc: { type: 'doc', content }, text: PARAGRAPHS.join('\n') });
    await consolePage.reload();
    await consolePage.locator('.note-editor--shared .ProseMirror').waitFor();
    const editor = summarize(await keystrokeLatency(consolePage, '.note-editor--shared .ProseMirror', typed));
    results.keystroke_latency_p95_ms = editor.p95;
    results.keystroke_latency_median_ms = editor.median;

    const bare = await (await browser.newContext({ viewport })).newPage();
    await bare.setContent(`<div id="bare" contenteditable="true" style="font: 18px system-ui; max-height: 55vh; overflow-y: auto">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`);
    const baseline = summarize(await keystrokeLatency(bare, '#bare', typed));
    results.keystroke_latency_baseline_p95_ms = baseline.p95;
    results.keystroke_latency_baseline_median_ms = baseline.median;

    const fit = summarize(await presenterFit(host, await (await browser.newContext({ viewport })).newPage(), rounds * 8));
    results.presenter_fit_ms = fit.p95;
    results.presenter_fit_median_ms = fit.median;
  } finally {
    await browser?.close();
    await host?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
