import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupInfo, BackupPreview } from '../../shared/contract/backup';
import { backupDir } from '../db/backup';
import { DB_FILE_NAME, openEncrypted } from '../db/connection';
import { DELETION_LEDGER } from './backups';
import { createTestHost, type TestHost } from '../testing';

/** A raw 256-bit key as in production (safeStorage): no passphrase derivation, so the many opens stay fast. */
const KEY = 'ab'.repeat(32);
const hosts: TestHost[] = [];
function start(dataDir?: string): TestHost {
  const t = createTestHost({ dataDir, key: KEY });
  hosts.push(t);
  return t;
}
afterEach(() => {
  for (const t of hosts.splice(0)) t.close();
});

async function value<T>(t: TestHost, channel: string, input: unknown = {}): Promise<T> {
  const result = await t.host.call(channel, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
const child = (name: string) => ({ childName: name, birthYear: 2017, caseType: 'network', responsibleWorker: 'Mette' });

/** Overwrites part of the database file, as a failing disk would. */
function damage(dataDir: string, offset: number): void {
  const file = path.join(dataDir, DB_FILE_NAME);
  const bytes = fs.readFileSync(file);
  bytes.fill(0x41, offset, offset + 3000);
  fs.writeFileSync(file, bytes);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

describe('backups', () => {
  it('are encrypted with the same key: plain SQLite cannot read them, the key can', async () => {
    const t = start();
    await value(t, 'cases.create', child('Oliver'));
    const info = await value<BackupInfo>(t, 'backup.create');
    const file = path.join(backupDir(t.dataDir), info.name);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes(Buffer.from('Oliver'))).toBe(false);
    const plain = new Database(file, { readonly: true });
    expect(() => plain.prepare('SELECT * FROM sqlite_master').all()).toThrow(/not a database/i);
    plain.close();
    const keyed = openEncrypted(file, KEY, { readonly: true });
    expect(keyed.prepare('SELECT child_name FROM cases').all()).toEqual([{ child_name: 'Oliver' }]);
    keyed.close();
  });

  it('previews what a backup holds and restores it, keeping the current database as a before-restore backup', async () => {
    const t = start();
    await value(t, 'cases.create', child('Oliver'));
    const first = await value<BackupInfo>(t, 'backup.create');
    await value(t, 'cases.create', child('Sofie'));
    const preview = await value<BackupPreview>(t, 'backup.preview', { name: first.name });
    expect(preview).toMatchObject({ readable: true, cases: 1, closedCases: 0, meetings: 0, problem: null });

    await value(t, 'backup.restore', { name: first.name });
    const names = (await value<{ childName: string }[]>(t, 'cases.list', { status: 'all' })).map((c) => c.childName);
    expect(names).toEqual(['Oliver']);
    expect(t.events.some((e) => e.type === 'backup.restored')).toBe(true);
    const list = await value<BackupPreview[]>(t, 'backup.list');
    expect(list.find((b) => b.kind === 'before-restore')).toMatchObject({ cases: 2 });
  });

  it('takes one automatic backup a day and rotates to 7 daily and at most 4 weekly', async () => {
    const t = start();
    await value(t, 'cases.create', child('Oliver'));
    for (let day = 0; day < 36; day++) {
      t.host.backups.runDailyIfDue();
      t.host.backups.runDailyIfDue();
      t.advance(24 * 60);
    }
    const auto = (await value<BackupPreview[]>(t, 'backup.list')).filter((b) => b.kind === 'auto');
    expect(auto.length).toBeGreaterThanOrEqual(7);
    expect(auto.length).toBeLessThanOrEqual(11);
    const newestDays = new Set(auto.slice(0, 7).map((b) => b.createdAt.slice(0, 10)));
    expect(newestDays.size).toBe(7);
  });

  it('a deleted case stays only in backups taken before the deletion, which rotate out: their files are gone from disk', async () => {
    const t = start();
    const c = await value<{ id: string }>(t, 'cases.create', child('Oliver'));
    const before = t.host.backups.runDailyIfDue()!;
    await value(t, 'cases.delete', { id: c.id, confirmName: 'Oliver' });
    expect((await value<BackupPreview[]>(t, 'backup.list')).find((b) => b.name === before.name)).toMatchObject({ cases: 1, deletedCases: 1 });
    for (let day = 0; day < 36; day++) {
      t.advance(24 * 60);
      t.host.backups.runDailyIfDue();
    }
    const list = await value<BackupPreview[]>(t, 'backup.list');
    expect(list.every((b) => b.cases === 0)).toBe(true);
    expect(fs.existsSync(path.join(backupDir(t.dataDir), before.name))).toBe(false);
    const onDisk = fs.readdirSync(backupDir(t.dataDir));
    expect(onDisk.length).toBe(list.length);
    for (const name of onDisk) {
      const copy = openEncrypted(path.join(backupDir(t.dataDir), name), KEY, { readonly: true });
      expect(copy.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
      copy.close();
    }
  });

  it('restoring a backup taken before a deletion says so in the preview and deletes the case again at once', async () => {
    const t = start();
    const oliver = await value<{ id: string }>(t, 'cases.create', child('Oliver'));
    await value(t, 'cases.create', child('Sofie'));
    const before = await value<BackupInfo>(t, 'backup.create');
    await value(t, 'cases.delete', { id: oliver.id, confirmName: 'Oliver' });
    expect(await value<BackupPreview>(t, 'backup.preview', { name: before.name })).toMatchObject({ cases: 2, deletedCases: 1 });

    await value(t, 'backup.restore', { name: before.name });
    const names = (await value<{ childName: string }[]>(t, 'cases.list', { status: 'all' })).map((c) => c.childName);
    expect(names).toEqual(['Sofie']);
    const trail = await value<{ action: string }[]>(t, 'audit.list', { caseId: oliver.id });
    expect(trail[0]!.action).toBe('redelete');
    expect(await value<{ ok: boolean }>(t, 'audit.verify')).toMatchObject({ ok: true });
  });

  it('refuses an imported file that is not a backup made with this key', async () => {
    const t = start();
    const result = await t.host.call('backup.import', { fileName: 'x.kreds-backup', dataBase64: Buffer.from('not a database at all').toString('base64') });
    expect(result.ok ? null : result.error.code).toBe('invalid_input');
    expect(fs.readdirSync(backupDir(t.dataDir)).filter((f) => f.includes('import'))).toEqual([]);
  });
});

describe('a damaged database at start-up', () => {
  it.each([
    ['a damaged page', 4096 * 3],
    ['a damaged first page', 0],
  ])('with %s: offers the newest good backup instead of crashing or starting empty, and restores it', async (_label, offset) => {
    let t = start();
    for (const name of ['Oliver', 'Sofie', 'Emil']) await value(t, 'cases.create', child(name));
    for (let i = 0; i < 40; i++) await value(t, 'settings.set', { retentionLegalBasis: 'x'.repeat(900) + i });
    await value(t, 'backup.create');
    t.host.close();
    damage(t.dataDir, offset);
    const before = fs.readFileSync(path.join(t.dataDir, DB_FILE_NAME));

    t = start(t.dataDir);
    expect(t.host.startupError?.code).toBe('db_corrupt');
    expect(fs.readFileSync(path.join(t.dataDir, DB_FILE_NAME)).equals(before)).toBe(true);
    const [newest] = await value<BackupPreview[]>(t, 'backup.list');
    expect(newest).toMatchObject({ readable: true, cases: 3 });
    expect((await t.host.call('cases.list', {})).ok).toBe(false);

    await value(t, 'backup.restore', { name: newest!.name });
    expect(t.host.startupError).toBeNull();
    expect((await value<unknown[]>(t, 'cases.list', {})).length).toBe(3);
    expect(fs.existsSync(path.join(t.dataDir, 'kreds.damaged.db'))).toBe(true);
  });

  it('a restore from the damaged-database screen deletes again a case deleted after that backup', async () => {
    let t = start();
    const oliver = await value<{ id: string }>(t, 'cases.create', child('Oliver'));
    await value(t, 'cases.create', child('Sofie'));
    const backup = await value<BackupInfo>(t, 'backup.create');
    await value(t, 'cases.delete', { id: oliver.id, confirmName: 'Oliver' });
    t.host.close();
    damage(t.dataDir, 0);

    t = start(t.dataDir);
    expect(t.host.startupError?.code).toBe('db_corrupt');
    const [newest] = await value<BackupPreview[]>(t, 'backup.list');
    expect(newest).toMatchObject({ name: backup.name, readable: true, cases: 2, deletedCases: 1 });
    await value(t, 'backup.restore', { name: newest!.name });
    expect((await value<{ childName: string }[]>(t, 'cases.list', { status: 'all' })).map((c) => c.childName)).toEqual(['Sofie']);
    const trail = await value<{ action: string; summary: string | null }[]>(t, 'audit.list', { caseId: oliver.id });
    expect(trail[0]).toMatchObject({ action: 'redelete', summary: null });
    expect(await value<{ ok: boolean }>(t, 'audit.verify')).toMatchObject({ ok: true });
    // The ledger holds ids only: nothing of the child.
    expect(fs.readFileSync(path.join(t.dataDir, DELETION_LEDGER), 'utf8')).toBe(`${oliver.id}\n`);
  });

  it('a database from before the ledger: the background work copies its receipts once, so the same restore still deletes again', async () => {
    let t = start();
    const oliver = await value<{ id: string }>(t, 'cases.create', child('Oliver'));
    const backup = await value<BackupInfo>(t, 'backup.create');
    await value(t, 'cases.delete', { id: oliver.id, confirmName: 'Oliver' });
    fs.rmSync(path.join(t.dataDir, DELETION_LEDGER));
    t.host.backups.seedDeletionLedger();
    t.host.close();
    damage(t.dataDir, 0);

    t = start(t.dataDir);
    await value(t, 'backup.restore', { name: backup.name });
    expect(await value<unknown[]>(t, 'cases.list', { status: 'all' })).toEqual([]);
  });

  it('a wrong key is still a wrong key when no backup opens either', async () => {
    const t = start();
    t.host.close();
    const other = createTestHost({ dataDir: t.dataDir, key: 'another-key' });
    expect(other.host.startupError?.code).toBe('db_wrong_key');
    other.host.close();
  });
});
