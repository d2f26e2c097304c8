import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE_NAME, openEncrypted } from '../electron/db/connection';
import { startHost, TEST_KEY, tempDataDir, type StartedHost } from './host';

/**
 * The crash-safety trial: a scripted user creates and edits cases over the real HTTP API while the host is
 * killed with SIGKILL at random moments. After every restart each change the host acknowledged must be
 * there (an edit that was in flight at the kill may or may not have landed) and the database must pass
 * its integrity check (the host runs quick_check at start-up and refuses a damaged file).
 */

interface Expected {
  worker: string;
  /** The value of an update that was sent but not answered when the host died. */
  inFlight?: string;
}

export interface CrashReport {
  kills: number;
  acknowledged: number;
  lostChanges: number;
  integrityOk: boolean;
}

const rand = (max: number) => Math.floor(Math.random() * max);
const MAX_CASES = 30; // per scripted user

async function scriptedUser(host: StartedHost, expected: Map<string, Expected>, stop: { now: boolean }, counter: { n: number }): Promise<number> {
  let acked = 0;
  while (!stop.now) {
    const ids = [...expected.keys()];
    const worker = `Rådgiver ${++counter.n}`;
    try {
      // A caseload-sized set of cases (the list shows at most 500), then edits only.
      if (ids.length < 5 || (ids.length < MAX_CASES && rand(10) < 3)) {
        const created = await host.call<{ id: string }>('cases.create', { childName: `Barn ${counter.n}`, birthYear: 2015, caseType: 'network', responsibleWorker: worker });
        if (created.ok) {
          expected.set(created.value.id, { worker });
          acked += 1;
        }
      } else {
        const id = ids[rand(ids.length)]!;
        const entry = expected.get(id)!;
        entry.inFlight = worker;
        const updated = await host.call('cases.update', { id, childName: `Barn ${id.slice(0, 4)}`, birthYear: 2015, caseType: 'network', responsibleWorker: worker });
        if (updated.ok) {
          expected.set(id, { worker });
          acked += 1;
        }
      }
    } catch {
      return acked;
    }
  }
  return acked;
}

async function countLost(host: StartedHost, expected: Map<string, Expected>): Promise<number> {
  const list = await host.call<{ id: string; responsibleWorker: string }[]>('cases.list', { status: 'all' });
  if (!list.ok) return expected.size;
  const found = new Map(list.value.map((c) => [c.id, c.responsibleWorker]));
  let lost = 0;
  for (const [id, entry] of expected) {
    const actual = found.get(id);
    if (actual === entry.worker) continue;
    if (entry.inFlight && actual === entry.inFlight) {
      expected.set(id, { worker: actual });
      continue;
    }
    lost += 1;
  }
  for (const entry of expected.values()) delete entry.inFlight;
  return lost;
}

export async function runCrashTrial(kills: number, options: { minMs?: number; maxMs?: number } = {}): Promise<CrashReport> {
  const dataDir = tempDataDir('kreds-crash-');
  // Each scripted user edits only the cases it created: with two writers on one case the last commit wins, and a
  // kill between the other writer's commit and its answer would look like a lost change when it is not.
  const mine = [new Map<string, Expected>(), new Map<string, Expected>()] as const;
  const counter = { n: 0 };
  const report: CrashReport = { kills: 0, acknowledged: 0, lostChanges: 0, integrityOk: true };
  const [minMs, maxMs] = [options.minMs ?? 30, options.maxMs ?? 400];
  let host = await startHost({ dataDir });
  try {
    for (let round = 0; round < kills; round++) {
      const stop = { now: false };
      const users = mine.map((expected) => scriptedUser(host, expected, stop, counter));
      await new Promise((resolve) => setTimeout(resolve, minMs + rand(maxMs - minMs)));
      await host.stop('SIGKILL');
      stop.now = true;
      report.acknowledged += (await Promise.all(users)).reduce((a, b) => a + b, 0);
      report.kills += 1;
      host = await startHost({ dataDir });
      const info = await host.call<{ startupError: unknown }>('app.info', {});
      if (!info.ok || info.value.startupError) report.integrityOk = false;
      for (const expected of mine) report.lostChanges += await countLost(host, expected);
    }
  } finally {
    await host.stop();
  }
  const db = openEncrypted(path.join(dataDir, DB_FILE_NAME), TEST_KEY);
  if (db.pragma('integrity_check', { simple: true }) !== 'ok') report.integrityOk = false;
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  return report;
}
