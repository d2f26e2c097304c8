import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contract, type ChannelName, type Input, type KredsEvent, type Output } from '../shared/contract';
import type { CaseFields } from '../shared/contract/cases';
import type { KredsError } from '../shared/errors';
import { openDatabase } from './db/connection';
import { KredsHost } from './host/core';
import { recordAudit } from './services/audit';
import { createCase } from './services/cases';
import type { ServiceContext } from './services/context';
import { serviceHandlers, type ServiceChannel } from './services/index';

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

/** The case most service tests start from (DOMAIN.md's demo child); a test names only what it changes. */
export const OLIVER: CaseFields = { childName: 'Oliver', birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette Sørensen' };

/** Creates Oliver's case (with any field changed) and returns its id. */
export function createOliverCase(ctx: ServiceContext, change: Partial<CaseFields> = {}): string {
  return createCase(ctx, { ...OLIVER, ...change }).id;
}

/** Calls a channel as the host does: the input is validated with the contract, then the handler runs. */
export function callChannel<K extends ServiceChannel & ChannelName>(ctx: ServiceContext, channel: K, input: Input<K>): Output<K> {
  return serviceHandlers[channel](ctx, contract[channel].input.parse(input) as never) as Output<K>;
}

/** The KredsError a call throws; fails the test when it does not throw. */
export function errorOf(fn: () => unknown): KredsError {
  try {
    fn();
  } catch (error) {
    return error as KredsError;
  }
  throw new Error('expected an error');
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
