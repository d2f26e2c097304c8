import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { KredsError } from '../../shared/errors';
import { DB_FILE_NAME, openDatabase } from './connection';
import { migrations } from './migrations';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kreds-db-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
});

describe('the encrypted database', () => {
  it('cannot be read by plain SQLite without the key', () => {
    const dir = tempDir();
    const { db } = openDatabase(dir, 'a-secret-key');
    db.prepare(`INSERT INTO settings (key, value) VALUES ('probe', 'Oliver bor hos sin mormor')`).run();
    db.close();

    const bytes = fs.readFileSync(path.join(dir, DB_FILE_NAME));
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    expect(bytes.includes(Buffer.from('mormor'))).toBe(false);

    const plain = new Database(path.join(dir, DB_FILE_NAME));
    expect(() => plain.prepare('SELECT * FROM sqlite_master').all()).toThrow(/not a database/i);
    plain.close();
  });

  it('refuses a wrong key with a Danish error and leaves the file untouched', () => {
    const dir = tempDir();
    openDatabase(dir, 'right-key').db.close();
    const file = path.join(dir, DB_FILE_NAME);
    const before = fs.readFileSync(file);

    let caught: unknown;
    try {
      openDatabase(dir, 'wrong-key');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KredsError);
    expect((caught as KredsError).code).toBe('db_wrong_key');
    expect((caught as KredsError).message).toMatch(/nøgle/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reopens with the right key and keeps the data', () => {
    const dir = tempDir();
    const first = openDatabase(dir, 'k');
    first.db.prepare(`INSERT INTO settings (key, value) VALUES ('x', '1')`).run();
    first.db.close();
    const second = openDatabase(dir, 'k');
    expect(second.db.prepare(`SELECT value FROM settings WHERE key = 'x'`).get()).toEqual({ value: '1' });
    second.db.close();
  });

  it('records every migration once, in order, and uses WAL with foreign keys', () => {
    const dir = tempDir();
    const { db } = openDatabase(dir, 'k');
    db.close();
    const again = openDatabase(dir, 'k').db;
    const rows = again.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.pragma('foreign_keys', { simple: true })).toBe(1);
    again.close();
  });

  it('gives a clear error when the data folder cannot be written', () => {
    const file = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    expect(() => openDatabase(path.join(file, 'data'), 'k')).toThrow(/Datamappen kan ikke skrives/);
  });
});
