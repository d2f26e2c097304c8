// Deltag fra telefon (issue 21): scan to ready on a phone page in Chromium (phones_join_ms), 15 phones sending their
// number at once until the console shows all answered (phones_reveal_ms), and the phone page's download (gzipped).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/chromium';
import { tempDataDir, type StartedHost } from '../../e2e/host';
import { ScriptPhone } from '../../e2e/phoneClient';
import type { PhoneStatus } from '../../shared/contract/phones';
import { summarize, type Results } from '../stats';

type StartHost = (dataDir: string, demo?: boolean) => Promise<StartedHost>;
const PHONES = 15;

/** Everything a phone downloads before it can be used: the page, its script and its style, gzipped. */
export function measurePhonePage(results: Results, phoneDir: string): void {
  const bytes = ['phone.html', 'phone.js', 'phone.css'].reduce((n, f) => n + gzipSync(fs.readFileSync(path.join(phoneDir, f))).length, 0);
  results.phone_page_kb = Math.round((bytes / 1024) * 10) / 10;
}

async function must<T>(host: StartedHost, channel: string, input: unknown): Promise<T> {
  const result = await host.call<T>(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return result.value;
}

/** A running meeting with 15 people in the room, the phones turned on. */
async function meetingWithFifteen(host: StartedHost): Promise<{ meetingId: string; people: string[]; status: PhoneStatus }> {
  const c = await must<{ id: string }>(host, 'cases.create', { childName: 'Liva', birthYear: 2014, caseType: 'supportive', responsibleWorker: 'Jens Thomsen' });
  const people: string[] = [];
  for (let i = 0; i < PHONES; i++) {
    people.push((await must<{ id: string }>(host, 'participants.create', { caseId: c.id, name: `Deltager ${i + 1}`, role: i === 0 ? 'child' : 'network_person' })).id);
  }
  const day = new Date().toISOString().slice(0, 10);
  const meeting = await must<{ id: string }>(host, 'meetings.create', { caseId: c.id, type: 'network_meeting', startsAt: `${day}T09:00`, participantIds: people });
  await must(host, 'meetings.start', { id: meeting.id });
  for (const participantId of people) await must(host, 'meetings.setAttendance', { meetingId: meeting.id, participantId, status: 'present' });
  const status = await must<PhoneStatus>(host, 'phones.start', { meetingId: meeting.id });
  return { meetingId: meeting.id, people, status };
}

export async function measurePhones(results: Results, startHost: StartHost, { joins = 10, reveals = 10 } = {}): Promise<void> {
  const dataDir = tempDataDir('kreds-bench-phones-');
  let host: StartedHost | undefined;
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    host = await startHost(dataDir);
    browser = await chromium.launch(chromiumLaunchOptions());
    const { meetingId, people, status } = await meetingWithFifteen(host);
    const { url, code } = status.join!;

    // Scan to ready: a fresh phone opens the QR link until it lists the people to pick from.
    const joinTimes: number[] = [];
    for (let i = 0; i < joins; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${url}#${code}`);
      await page.getByText('Hvem er du?').waitFor();
      joinTimes.push(performance.now() - started);
      await context.close();
      await must(host, 'phones.removeDevice', { meetingId, deviceId: (await must<PhoneStatus>(host, 'phones.status', { meetingId })).devices[0]!.id });
    }
    results.phones_join_ms = summarize(joinTimes).median;
    results.phones_join_p95_ms = summarize(joinTimes).p95;

    // 15 phones send their number at once → the console (Chromium) shows that all 15 have answered.
    const phones = await Promise.all(people.map(() => ScriptPhone.join(url, code)));
    await Promise.all(phones.map((p, i) => p.must({ type: 'pick', participantId: people[i]! })));
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${host.url}#/meetings/${meetingId}`);
    const answered = page.locator('section.phones [role="status"]');
    const revealTimes: number[] = [];
    for (let i = 0; i < reveals; i++) {
      const question = await must<{ id: string }>(host, 'scaling.addQuestion', { meetingId, text: `Spørgsmål ${i + 1}: hvor er vi i dag?` });
      await must(host, 'phones.openScaling', { meetingId, questionId: question.id });
      await answered.filter({ hasText: 'Ingen har svaret endnu' }).waitFor();
      const started = performance.now();
      await Promise.all(phones.map((p, n) => p.must({ type: 'score', questionId: question.id, value: n % 11 })));
      await answered.filter({ hasText: `Har svaret (${PHONES} af ${PHONES})` }).waitFor();
      revealTimes.push(performance.now() - started);
      await must(host, 'phones.reveal', { meetingId });
    }
    results.phones_reveal_ms = summarize(revealTimes).median;
    results.phones_reveal_p95_ms = summarize(revealTimes).p95;
  } finally {
    await browser?.close();
    await host?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
