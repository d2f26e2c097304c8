import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KredsEvent } from '../shared/contract';
import { openDatabase } from './db/connection';
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
