import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OPEN_CHECK_MAX_BYTES, openDatabase } from './connection';

const dirs: string[] = [];
const KEY = 'open-check-test-key';

function dataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kreds-opencheck-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the integrity check when opening', () => {
  it('runs while opening a small database even when the caller could defer it', () => {
    const dir = dataDir();
    openDatabase(dir, KEY).db.close();
    const opened = openDatabase(dir, KEY, { deferIntegrityCheck: true });
    opened.db.close();
    expect(opened.checkDeferred).toBe(false);
  });

  it('is left to the caller (the host runs it on a worker thread) only for a large database and only when asked', () => {
    const dir = dataDir();
    const { db } = openDatabase(dir, KEY);
    db.exec('CREATE TABLE filler (b BLOB)');
    db.prepare('INSERT INTO filler VALUES (randomblob(?))').run(OPEN_CHECK_MAX_BYTES + 1024 * 1024);
    db.close();
    const deferred = openDatabase(dir, KEY, { deferIntegrityCheck: true });
    deferred.db.close();
    expect(deferred.checkDeferred).toBe(true);
    const checked = openDatabase(dir, KEY);
    checked.db.close();
    expect(checked.checkDeferred).toBe(false);
  });
});
