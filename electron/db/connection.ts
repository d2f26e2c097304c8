import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { KredsError } from '../../shared/errors';
import { sealAuditAnchor } from './auditAnchor';
import { registerAuditKeys } from './auditKeys';
import { migrate } from './migrate';

export type Db = Database.Database;

export const DB_FILE_NAME = 'kreds.db';

/** A 256-bit key as 64 hex characters; anything else is a passphrase (tests, KREDS_DB_KEY). */
function keyPragma(key: string): string {
  if (/^[0-9a-f]{64}$/i.test(key)) return `key="x'${key}'"`;
  return `key='${key.replace(/'/g, "''")}'`;
}

/**
 * Database and backup files are the user's alone (0600), whatever the umask: a new one is created empty with that
 * mode before SQLite opens it (its -wal and -shm files take the same mode), and an older, looser one is tightened.
 */
export function keepPrivate(file: string): void {
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const each of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if (fs.statSync(each).mode & 0o077) fs.chmodSync(each, 0o600);
    } catch {
      // A -wal or -shm file that is not there (yet) has no mode to fix.
    }
  }
}

/** Opens an encrypted database (SQLCipher v4 format) without touching the file when the key is wrong. */
export function openEncrypted(file: string, key: string, options: { readonly?: boolean } = {}): Db {
  if (!options.readonly) keepPrivate(file);
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma(`legacy=4`);
    db.pragma(keyPragma(key));
    // The first read decrypts page 1: a wrong key fails here, before any write.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    if (isNotADatabase(error)) {
      throw new KredsError('db_wrong_key', 'Databasen kan ikke åbnes med denne nøgle. Filen er ikke ændret.');
    }
    throw error;
  }
  registerAuditKeys(db, key);
  return db;
}

function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'SQLITE_NOTADB' || /not a database/i.test(String((error as Error).message));
}

export interface OpenResult {
  db: Db;
  file: string;
  migrateMs: number;
  openMs: number;
  /** The integrity check was left to the caller (a large file, deferIntegrityCheck). */
  checkDeferred: boolean;
}

/**
 * Up to this size the integrity check runs while opening, so a damaged file never opens. It costs about 15 ms per
 * MB with encryption (19 s for the 1.3 GB bench set), so above it a caller that can (the built host, on a worker
 * thread) runs the check right after opening instead of making the user wait for it.
 */
export const OPEN_CHECK_MAX_BYTES = 8 * 1024 * 1024;

export const DB_CORRUPT_MESSAGE = 'Databasen er beskadiget og kan ikke bruges. Den er ikke ændret. Gendan den nyeste gode sikkerhedskopi.';

/**
 * Opens (or creates) the database in dataDir, sets the connection pragmas, checks it with
 * PRAGMA quick_check and runs pending migrations. A damaged file is never written to: it fails with db_corrupt.
 */
export function openDatabase(dataDir: string, key: string, options: { deferIntegrityCheck?: boolean } = {}): OpenResult {
  ensureWritableDir(dataDir);
  const file = path.join(dataDir, DB_FILE_NAME);
  const checkDeferred = Boolean(options.deferIntegrityCheck) && fileSize(file) > OPEN_CHECK_MAX_BYTES;
  const started = performance.now();
  const db = openEncrypted(file, key);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!checkDeferred && db.pragma('quick_check', { simple: true }) !== 'ok') throw new KredsError('db_corrupt', DB_CORRUPT_MESSAGE);
  } catch (error) {
    db.close();
    if (String((error as { code?: string }).code).startsWith('SQLITE_CORRUPT')) throw new KredsError('db_corrupt', DB_CORRUPT_MESSAGE);
    throw error;
  }
  const opened = performance.now();
  migrate(db);
  // The audit trail's seal beside the database: made here for a new or upgraded database, checked and moved on later.
  sealAuditAnchor(db, new Date());
  return { db, file, openMs: opened - started, migrateMs: performance.now() - opened, checkDeferred };
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

export function ensureWritableDir(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.accessSync(dataDir, fs.constants.W_OK | fs.constants.R_OK);
  } catch {
    throw new KredsError('db_not_writable', `Datamappen kan ikke skrives til: ${dataDir}. Vælg en anden mappe eller ret rettighederne.`);
  }
}
