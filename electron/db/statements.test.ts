import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestHost, OLIVER, TEST_DB_KEY, type TestHost } from '../testing';
import { openDatabase, type Db } from './connection';
import { MAX_CACHED, prepared } from './statements';

const dirs: string[] = [];
const open: Db[] = [];
function openFresh(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kreds-stmt-'))): { db: Db; dataDir: string } {
  if (!dirs.includes(dataDir)) dirs.push(dataDir);
  const { db } = openDatabase(dataDir, TEST_DB_KEY);
  open.push(db);
  return { db, dataDir };
}
let host: TestHost | null = null;
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  host?.close();
  host = null;
});

const COUNT = 'SELECT COUNT(*) AS n FROM cases';

describe('the statement cache', () => {
  it('prepares a statement once per connection and hands the same one out again', () => {
    const a = openFresh().db;
    const b = openFresh().db;
    expect(prepared(a, COUNT)).toBe(prepared(a, COUNT));
    expect(prepared(b, COUNT)).not.toBe(prepared(a, COUNT));
    expect(prepared(a, COUNT).get()).toEqual({ n: 0 });
  });

  it('dies with its connection: the same file opened again answers through new statements', () => {
    const { db, dataDir } = openFresh();
    prepared(db, `INSERT INTO cases (id, child_name, birth_year, case_type, responsible_worker, status, created_at, updated_at, last_activity_at)
      VALUES ('c1', 'Oliver', 2017, 'network', 'Mette', 'open', '', '', '')`).run();
    const old = prepared(db, COUNT);
    db.close();
    expect(() => old.get()).toThrow(/not open/);
    const reopened = openFresh(dataDir).db;
    expect(prepared(reopened, COUNT)).not.toBe(old);
    expect(prepared(reopened, COUNT).get()).toEqual({ n: 1 });
  });

  it('holds at most MAX_CACHED statements per connection, then starts over', () => {
    const db = openFresh().db;
    const first = prepared(db, 'SELECT 0 AS n');
    for (let i = 1; i <= MAX_CACHED; i++) prepared(db, `SELECT ${i} AS n`);
    expect(prepared(db, 'SELECT 0 AS n')).not.toBe(first);
    expect(prepared(db, 'SELECT 0 AS n').get()).toEqual({ n: 0 });
  });

  it('after a restore the host reads and writes the restored database, through none of the replaced one\'s statements', async () => {
    host = createTestHost();
    const call = async <T>(channel: string, input: unknown = {}): Promise<T> => {
      const result = await host!.host.call(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    const names = async () => (await call<{ childName: string }[]>('cases.list', { status: 'all' })).map((c) => c.childName).sort();
    await call('cases.create', OLIVER);
    const backup = await call<{ name: string }>('backup.create');
    await call('cases.create', { ...OLIVER, childName: 'Sofie' });
    expect(await names()).toEqual(['Oliver', 'Sofie']);
    await call('backup.restore', { name: backup.name });
    expect(await names()).toEqual(['Oliver']);
    await call('cases.create', { ...OLIVER, childName: 'Emil' });
    expect(await names()).toEqual(['Emil', 'Oliver']);
  });
});
