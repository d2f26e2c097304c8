import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { KredsHost } from './host/core';
import { startFollowUpReminders } from './reminders';
import type { Reminder } from './services/followupReminders';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kreds-reminders-'));
let clock = new Date('2027-03-19T11:00:00Z');
const host = new KredsHost({ kind: 'electron', version: 't', dataDir: dir, key: 'k', now: () => clock, openExternal: () => undefined });

afterEach(() => {
  vi.useRealTimers();
  host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('notifies once for a follow-up 3 days ahead and again when it is overdue, checking every quarter of an hour', async () => {
  vi.useFakeTimers();
  const created = await host.call('cases.create', { childName: 'Oliver', birthYear: 2018, caseType: 'network', responsibleWorker: 'Mette Sørensen' });
  const caseId = (created as { value: { id: string } }).value.id;
  const saved = await host.call('followups.save', { caseId, meetingStart: null, start: { date: '2027-03-22', time: '10:00' }, durationMinutes: 60, location: '' });
  expect(saved.ok).toBe(true);

  const shown: Reminder[] = [];
  const stop = startFollowUpReminders(host, (r) => shown.push(r));
  expect(shown.map((r) => [r.kind, r.body])).toEqual([['upcoming', 'O.: opfølgning 22.03.2027 kl. 10.00']]);
  vi.advanceTimersByTime(15 * 60_000);
  expect(shown).toHaveLength(1);

  clock = new Date('2027-03-23T08:00:00Z');
  vi.advanceTimersByTime(15 * 60_000);
  expect(shown.map((r) => r.kind)).toEqual(['upcoming', 'overdue']);
  expect(shown[1]!.title).toBe('Opfølgning overskredet');
  stop();
});
