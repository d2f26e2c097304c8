import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupPreview } from '../../shared/contract/backup';
import type { BackupKind } from '../../shared/domain/backupRotation';
import { KredsError } from '../../shared/errors';
import { hashAt, head, type AnchorFinding } from './auditAnchor';
import { auditKeys } from './auditKeys';
import { keepPrivate, openEncrypted, type Db } from './connection';

export const BACKUP_DIR = 'backups';
export const BACKUP_EXT = '.kreds-backup';
const TAKEN_AT_KEY = 'backup.takenAt';
const SQLITE_PLAIN_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');
const NAME = /^kreds-(auto|manual|before-restore)-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-[a-z0-9]+)?\.kreds-backup$/;

export function backupDir(dataDir: string): string {
  return path.join(dataDir, BACKUP_DIR);
}

export function backupFileName(kind: BackupKind, at: Date, suffix = ''): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `kreds-${kind}-${stamp}${suffix ? `-${suffix}` : ''}${BACKUP_EXT}`;
}

/** Kind and time come from the file name (the host's clock when it was taken); unknown names are ignored. */
export function parseBackupName(name: string): { kind: BackupKind; createdAt: string } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [date, time] = match[2]!.split('T');
  const [h, m, s, ms] = time!.replace('Z', '').split('-');
  return { kind: match[1] as BackupKind, createdAt: `${date}T${h}:${m}:${s}.${ms}Z` };
}

export function listBackupFiles(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => ({ name, parsed: parseBackupName(name) }))
    .filter((x): x is { name: string; parsed: { kind: BackupKind; createdAt: string } } => x.parsed !== null)
    .map(({ name, parsed }) => ({ name, ...parsed, bytes: fs.statSync(path.join(dir, name)).size }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * An online snapshot with SQLite's VACUUM INTO: consistent, does not block writers, and SQLite3
 * MultipleCiphers writes it encrypted with the same key. Written to a temporary name and renamed only
 * after it opens with the key, passes quick_check and is not readable as plain SQLite.
 */
export function snapshot(db: Db, key: string, file: string, takenAt: Date): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    // VACUUM INTO fills an empty file: made first, so the copy is 0600 from its first byte.
    keepPrivate(partial);
    db.prepare('VACUUM INTO ?').run(partial);
    const header = Buffer.alloc(16);
    const fd = fs.openSync(partial, 'r');
    fs.readSync(fd, header, 0, 16, 0);
    fs.closeSync(fd);
    if (header.equals(SQLITE_PLAIN_HEADER)) throw new KredsError('internal', 'Sikkerhedskopien blev ikke krypteret og er slettet');
    const copy = openEncrypted(partial, key);
    try {
      if (copy.pragma('quick_check', { simple: true }) !== 'ok') throw new KredsError('internal', 'Sikkerhedskopien bestod ikke kontrollen');
      copy.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(TAKEN_AT_KEY, JSON.stringify(takenAt.toISOString()));
    } finally {
      copy.close();
    }
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

function count(db: Db, table: string, where = ''): number {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table);
  if (!exists) return 0;
  return (db.prepare(`SELECT count(*) AS n FROM ${table} ${where}`).get() as { n: number }).n;
}

/** What a backup holds, without restoring it: opened read-only with the key and checked. */
export function previewBackupFile(file: string, key: string, info: BackupInfo, deletedIds: ReadonlySet<string> = new Set()): BackupPreview {
  const empty = { ...info, readable: false, cases: 0, closedCases: 0, meetings: 0, deletedCases: 0 };
  let db: Db | null = null;
  try {
    db = openEncrypted(file, key, { readonly: true });
    if (db.pragma('quick_check', { simple: true }) !== 'ok') return { ...empty, problem: 'Sikkerhedskopien er beskadiget' };
    const takenAt = db.prepare('SELECT value FROM settings WHERE key = ?').get(TAKEN_AT_KEY) as { value: string } | undefined;
    return {
      ...info,
      createdAt: takenAt ? (JSON.parse(takenAt.value) as string) : info.createdAt,
      readable: true,
      cases: count(db, 'cases'),
      closedCases: count(db, 'cases', `WHERE status = 'closed'`),
      meetings: count(db, 'meetings'),
      deletedCases: deletedIds.size ? (db.prepare('SELECT id FROM cases').all() as { id: string }[]).filter((c) => deletedIds.has(c.id)).length : 0,
      problem: null,
    };
  } catch (error) {
    const wrongKey = error instanceof KredsError && error.code === 'db_wrong_key';
    return { ...empty, problem: wrongKey ? 'Sikkerhedskopien kan ikke åbnes med denne installations nøgle' : 'Sikkerhedskopien er beskadiget' };
  } finally {
    db?.close();
  }
}

/**
 * The audit trail's second anchor: the newest backup taken since `since` (the last restore) must hold a beginning of
 * the live chain; a live chain shorter than it, or different where they overlap, was cut or rewritten.
 */
export function backupChainFinding(db: Db, checked: number, since: string): AnchorFinding | null {
  const dataDir = db.name && db.name !== ':memory:' ? path.dirname(db.name) : null;
  // A before-restore backup holds the history a restore left behind, never a beginning of the present one.
  const newest = dataDir ? listBackupFiles(dataDir).find((b) => b.kind !== 'before-restore' && b.createdAt >= since) : undefined;
  if (!dataDir || !newest) return null;
  let copy: Db | null = null;
  try {
    copy = openEncrypted(path.join(backupDir(dataDir), newest.name), auditKeys(db).databaseKey, { readonly: true });
    const then = head(copy);
    if (then.seq > checked) return { seq: then.seq, at: newest.createdAt, reason: 'truncated' };
    if (hashAt(db, then.seq) !== then.hash) return { seq: then.seq, at: newest.createdAt, reason: 'hash' };
    return null;
  } catch {
    // A backup this key cannot read says nothing about the chain; the backup list shows it as unreadable.
    return null;
  } finally {
    copy?.close();
  }
}
