import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KredsEvent } from '../shared/contract';
import { openDatabase } from './db/connection';
import { KredsHost } from './host/core';
import { recordAudit } from './services/audit';
import type { ServiceContext } from './services/context';

export const TEST_DB_KEY = 'integration-test-key';

export interface TestContext extends ServiceContext {
  dataDir: string;
  events: KredsEvent[];
  /** Moves the injected clock. */
  setNow(date: Date | string): void;
  close(): void;
}

/** A real encrypted database in a fresh temp folder, with an injectable clock and a recorded event log. */
export function createTestContext(now: Date | string = '2026-03-02T09:00:00'): TestContext {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kreds-it-'));
  const { db } = openDatabase(dataDir, TEST_DB_KEY);
  let current = new Date(now);
  const events: KredsEvent[] = [];
  return {
    db,
    dataDir,
    events,
    now: () => new Date(current),
    emit: (event) => events.push(event),
    audit: (change) => recordAudit(db, current, change),
    setNow: (date) => (current = new Date(date)),
    close: () => {
      db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestHost {
  host: KredsHost;
  dataDir: string;
  events: KredsEvent[];
  advance(minutes: number): void;
  /** A new host on the same data folder and clock: an app restart. */
  restart(): TestHost;
  close(): void;
}

/** An in-process KredsHost on a real encrypted database in a temp folder, with a clock the test moves. */
export function createTestHost(options: { dataDir?: string; key?: string; now?: string; clock?: { t: number } } = {}): TestHost {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'kreds-host-'));
  const clock = options.clock ?? { t: new Date(options.now ?? '2026-05-14T10:00:00').getTime() };
  const key = options.key ?? TEST_DB_KEY;
  const host = new KredsHost({ kind: 'browser', version: 'test', dataDir, key, now: () => new Date(clock.t), openExternal: () => undefined });
  const events: KredsEvent[] = [];
  host.subscribe((event) => events.push(event));
  return {
    host,
    dataDir,
    events,
    advance: (minutes) => (clock.t += minutes * 60_000),
    restart: () => {
      host.close();
      return createTestHost({ dataDir, key, clock });
    },
    close: () => {
      host.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
