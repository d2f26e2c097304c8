// Screens at municipal scale, on the large data set: the case list (2,000 cases, filtered), opening the case with
// 50 meetings (the handler calls the page makes, and the rendered page in Chromium), and memory after opening that
// case and running a whole meeting through the host.
import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumExecutable, chromiumLaunchOptions } from '../../e2e/chromium';
import type { StartedHost } from '../../e2e/host';
import { openDatabase } from '../../electron/db/connection';
import type { ServiceChannel } from '../../electron/services/index';
import type { Input } from '../../shared/contract';
import { DATASET_NOW, type DatasetManifest } from '../generator/dataset';
import { hostLikeCaller } from '../generator/writeCase';
import { summarize, type Results } from '../stats';

type StartHost = (dataDir: string, demo?: boolean) => Promise<StartedHost>;
interface ApiCall {
  channel: string;
  input: unknown;
}

/** What a worker types or picks in the list: a child's name, a relative's name, status and case type filters. */
const LIST_FILTERS: Input<'cases.list'>[] = [
  { status: 'open' },
  { status: 'all' },
  { query: 'Emma', status: 'open' },
  { query: 'Østergaard', status: 'all' },
  { query: 'Hanne Jen', status: 'open' },
  { caseType: 'placement', status: 'all' },
];

function timeCalls(dataDir: string, key: string, calls: ApiCall[], rounds: number): number[] {
  const { db } = openDatabase(dataDir, key, { deferIntegrityCheck: true });
  try {
    const call = hostLikeCaller(db, () => new Date(DATASET_NOW));
    const once = () => {
      const started = performance.now();
      // One transaction per call, as the host runs them.
      for (const c of calls) db.transaction(() => call(c.channel as ServiceChannel, c.input as never))();
      return performance.now() - started;
    };
    once();
    return Array.from({ length: rounds }, once);
  } finally {
    db.close();
  }
}

/** case_list_ms: each filter of the list, 20 rounds, on 2,000 cases with 24,000 participants. */
export function measureCaseList(results: Results, dataDir: string, key: string): void {
  const samples = LIST_FILTERS.flatMap((input) => timeCalls(dataDir, key, [{ channel: 'cases.list', input }], 20));
  results.case_list_ms = summarize(samples).median;
  results.case_list_p95_ms = summarize(samples).p95;
}

/** The calls the case overview made when last recorded, for a run without Chromium (followups.propose left out). */
function caseOverviewCalls(caseId: string): ApiCall[] {
  const byCase = ['cases.get:id', 'meetings.list', 'followups.forCase', 'participants.list', 'consent.status', 'participants.contactPerson', 'map.caseSummary', 'agreements.listForCase', 'scaling.trend', 'networkMap.get'];
  return [
    ...byCase.map((c) => (c === 'cases.get:id' ? { channel: 'cases.get', input: { id: caseId } } : { channel: c, input: c === 'participants.list' ? { caseId, includeArchived: true } : { caseId } })),
    { channel: 'followups.settings', input: {} },
  ];
}

/** Opens a route from the running app and waits until its API calls are answered and the heading shows. */
async function openRoute(page: Page, route: string, heading: RegExp): Promise<{ ms: number; calls: ApiCall[] }> {
  const calls: ApiCall[] = [];
  const pending = new Set<string>();
  const onRequest = (request: import('@playwright/test').Request) => {
    const channel = /\/api\/([\w.]+)/.exec(request.url())?.[1];
    if (!channel) return;
    calls.push({ channel, input: request.postDataJSON() });
    pending.add(request.url() + calls.length);
  };
  page.on('request', onRequest);
  const started = await page.evaluate(`(() => { const t = performance.now(); location.hash = ${JSON.stringify(route)}; return t; })()`);
  await page.getByRole('heading', { name: heading }).first().waitFor();
  // The page is ready when no API call has been in flight for 150 ms; the last answer marks the end.
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const ended = (await page.evaluate(`Math.max(...performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/')).map((e) => e.responseEnd), 0)`)) as number;
  const shown = (await page.evaluate('performance.now()')) as number;
  page.off('request', onRequest);
  return { ms: Math.min(shown, Math.max(ended, 0)) - (started as number), calls };
}

/**
 * case_open_ms: the calls the case overview makes (recorded from the real page), run in process like the host runs
 * them; case_open_page_ms: the same page in Chromium, from the click to its last answer rendered.
 */
export async function measureCaseOpen(results: Results, startHost: StartHost, dataDir: string, key: string, manifest: DatasetManifest): Promise<ApiCall[]> {
  if (!chromiumExecutable()) {
    results.case_open_page_ms = null;
    const handlerSamples = timeCalls(dataDir, key, caseOverviewCalls(manifest.largestCaseId), 20);
    results.case_open_ms = summarize(handlerSamples).median;
    results.case_open_p95_ms = summarize(handlerSamples).p95;
    return [];
  }
  const host = await startHost(dataDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const samples: number[] = [];
  let calls: ApiCall[] = [];
  try {
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Sager' }).waitFor();
    const child = (await host.call<{ childName: string }>('cases.get', { id: manifest.largestCaseId })).value.childName;
    for (let i = 0; i < 8; i++) {
      await page.evaluate('performance.clearResourceTimings()');
      const opened = await openRoute(page, `#/cases/${manifest.largestCaseId}`, new RegExp(child));
      if (i > 0) samples.push(opened.ms);
      calls = opened.calls;
      await openRoute(page, '#/cases', /Sager/);
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  results.case_open_page_ms = summarize(samples).median;
  results.case_open_page_p95_ms = summarize(samples).p95;
  const handlerSamples = timeCalls(dataDir, key, calls, 20);
  results.case_open_ms = summarize(handlerSamples).median;
  results.case_open_p95_ms = summarize(handlerSamples).p95;
  results.case_open_calls = calls.length;
  return calls;
}

function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb) / 102.4) / 10;
}

/** A whole meeting through the host, as the console drives it: start, attendance, notes, map, scaling, agreements, end. */
async function meetingFlow(host: StartedHost, page: Page, caseId: string): Promise<void> {
  const people = (await host.call<{ id: string; name: string }[]>('participants.list', { caseId })).value;
  const created = await host.call<{ id: string; phases: { id: string }[] }>('meetings.create', {
    caseId, type: 'follow_up', startsAt: '2026-05-14T13:00', place: 'Rådhuset', participantIds: people.map((p) => p.id), confirmUnusualDate: true,
  });
  const meeting = created.value;
  await host.call('meetings.start', { id: meeting.id });
  await page.evaluate(`location.hash = '#/meetings/${meeting.id}'`);
  await page.locator('.note-editor--shared .ProseMirror').waitFor();
  for (const p of people) await host.call('meetings.setAttendance', { meetingId: meeting.id, participantId: p.id, status: 'present' });
  for (const phase of meeting.phases) {
    const text = 'Mormor henter om mandagen, og læreren sender en besked om fredagen. '.repeat(20);
    await host.call('meetings.saveNote', { meetingId: meeting.id, phaseId: phase.id, kind: 'shared', doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }, text });
    await host.call('meetings.goToPhase', { meetingId: meeting.id, phaseId: phase.id });
  }
  await page.evaluate(`location.hash = '#/meetings/${meeting.id}/map'`);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await host.call('map.addItem', { meetingId: meeting.id, part: 'strengths', text: 'Mormor er der hver mandag', saidBy: people[1]!.id, confidential: false });
  await host.call('agreements.create', { caseId, meetingId: meeting.id, what: 'Mormor henter mandag', responsibleParticipantId: people[4]!.id, responsibleName: people[4]!.name });
  await host.call('meetings.end', { id: meeting.id });
  await page.evaluate(`location.hash = '#/cases/${caseId}/timeline'`);
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

/** main_rss_mb (the host process) and renderer_heap_mb (JS heap after a GC) after the largest case and a meeting. */
export async function measureMemory(results: Results, startHost: StartHost, dataDir: string, manifest: DatasetManifest): Promise<void> {
  const host = await startHost(dataDir);
  try {
    if (!chromiumExecutable()) {
      results.renderer_heap_mb = null;
      return;
    }
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(`${host.url}#/cases/${manifest.largestCaseId}`);
      await page.waitForLoadState('networkidle').catch(() => undefined);
      await meetingFlow(host, page, manifest.largestCaseId);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      results.renderer_heap_mb = Math.round(usedSize / 1024 / 102.4) / 10;
    } finally {
      await browser.close();
    }
  } finally {
    results.main_rss_mb = rssMb(host.process.pid!);
    await host.stop();
  }
}
