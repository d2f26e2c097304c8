import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DB_FILE_NAME, OPEN_CHECK_MAX_BYTES, openDatabase } from '../../electron/db/connection';
import { startHost, tempDataDir, TEST_KEY, type StartedHost } from '../host';

/** A database above the size the host checks while opening: the check runs on the host's worker thread instead. */
function largeDatabase(): string {
  const dataDir = tempDataDir('kreds-large-');
  const { db } = openDatabase(dataDir, TEST_KEY);
  db.exec('CREATE TABLE filler (b BLOB)');
  const insert = db.prepare('INSERT INTO filler VALUES (randomblob(?))');
  for (let i = 0; i < 12; i++) insert.run(1024 * 1024);
  db.close();
  expect(fs.statSync(path.join(dataDir, DB_FILE_NAME)).size).toBeGreaterThan(OPEN_CHECK_MAX_BYTES);
  return dataDir;
}

async function startupError(host: StartedHost): Promise<string | null> {
  const info = await host.call<{ startupError: { code: string } | null }>('app.info');
  return info.value.startupError?.code ?? null;
}

test('a large database opens at once, and damage the background check finds closes it as damaged', async () => {
  test.setTimeout(60_000);
  const dataDir = largeDatabase();
  const file = path.join(dataDir, DB_FILE_NAME);
  const bytes = fs.readFileSync(file);
  // Damage a page in the middle (filler), not the first pages that opening reads.
  bytes.fill(0x41, 4096 * 1200, 4096 * 1200 + 3000);
  fs.writeFileSync(file, bytes);
  const host = await startHost({ dataDir });
  try {
    expect(await startupError(host)).toBeNull();
    await expect.poll(() => startupError(host), { timeout: 30_000 }).toBe('db_corrupt');
    expect((await host.call('cases.list', {})).ok).toBe(false);
  } finally {
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('an undamaged large database passes the background check and stays open', async () => {
  const dataDir = largeDatabase();
  const host = await startHost({ dataDir });
  try {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await startupError(host)).toBeNull();
    expect((await host.call('cases.list', {})).ok).toBe(true);
  } finally {
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
