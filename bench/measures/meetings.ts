// Meeting facilitator measurements (issue 4): how fast the shared screen follows the facilitator, and how fast the
// notes editor takes a keystroke in a long (20-page) note, against a bare contenteditable in the same run.
import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumExecutable, chromiumLaunchOptions } from '../../e2e/chromium';
import { tempDataDir, type StartedHost } from '../../e2e/host';
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
    if (document.querySelector('.presenter__title')?.textContent !== EXPECTED) return;
    observer.disconnect();
    resolve(Date.now());
  }
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
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

/** Facilitator presses Alt+→ / Alt+← in the console → the shared screen (its own window) shows the new phase title. */
async function presenterSync(consolePage: Page, presenter: Page, titles: string[], rounds = 3): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [direction, order] of [['Alt+ArrowRight', titles.slice(1)], ['Alt+ArrowLeft', titles.slice(0, -1).reverse()]] as const) {
      for (const title of order) {
        await presenter.evaluate(WATCH_TITLE.replace('EXPECTED', JSON.stringify(title)));
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
    'keystroke_latency_baseline_p95_ms', 'keystroke_latency_baseline_median_ms',
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
    await presenter.locator('.presenter__title').waitFor();
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
  } finally {
    await browser?.close();
    await host?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
