import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupPreview } from '../../shared/contract/backup';
import { backupsToKeep, dailyBackupDue, type BackupKind } from '../../shared/domain/backupRotation';
import { KredsError } from '../../shared/errors';
import { backupDir, backupFileName, listBackupFiles, parseBackupName, previewBackupFile, snapshot } from '../db/backup';
import { DB_FILE_NAME, type Db } from '../db/connection';
import { runDbJob } from '../db/runDbJob';
import { eraseAuditSummaries, recordAudit } from '../services/audit';
import type { HandlerMap } from '../services/context';

/** What the backups need from the host: the open database (or none, when it is damaged) and a way to swap it. */
export interface DatabaseSlot {
  db(): Db | null;
  readonly dataDir: string;
  readonly key: string;
  now(): Date;
  /** Closes the database, lets `swap` replace the file, and opens it again. */
  replaceDatabase(swap: () => void): void;
}

const DAMAGED_COPY = 'kreds.damaged.db';
/**
 * The ids of deleted cases, one a line, beside the database (no personal data: random ids only). The receipts in the
 * audit trail say the same, but a damaged database cannot be read for them: this file is what a restore from the
 * damaged-database screen reads to delete those cases again.
 */
export const DELETION_LEDGER = 'deleted-case-ids';
const CASE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The receipts of "Slet sagen nu" (and of deleting again after a restore) in a database's audit trail. */
function receiptsIn(db: Db): string[] {
  const rows = db.prepare(`SELECT DISTINCT case_id FROM audit_log WHERE entity = 'case' AND action IN ('delete', 'redelete') AND case_id IS NOT NULL`).all() as { case_id: string }[];
  return rows.map((r) => r.case_id);
}

/** Automatic daily backups with rotation, manual backup, export/import and restore with a preview. */

export class Backups {
  /** A backup is being written on the worker thread (its .partial file must survive a rotation meanwhile). */
  private inWorker = false;

  constructor(private readonly slot: DatabaseSlot) {}

  list(): BackupPreview[] {
    const deleted = this.deletedCaseIds();
    return listBackupFiles(this.slot.dataDir).map((info) => previewBackupFile(this.file(info.name), this.slot.key, info, deleted));
  }

  /**
   * Cases deleted with "Slet sagen nu" (ids only): the receipts in the open database's audit trail and the deletion
   * ledger beside it, which is all there is when the database is damaged.
   */
  private deletedCaseIds(): Set<string> {
    const db = this.slot.db();
    return new Set([...(db ? receiptsIn(db) : []), ...this.readLedger()]);
  }

  private ledgerFile(): string {
    return path.join(this.slot.dataDir, DELETION_LEDGER);
  }

  private readLedger(): Set<string> {
    try {
      return new Set(fs.readFileSync(this.ledgerFile(), 'utf8').split('\n').filter((line) => CASE_ID.test(line)));
    } catch {
      return new Set();
    }
  }

  /** Adds deleted case ids to the ledger; the host calls it after the deletion's transaction has committed. */
  noteDeleted(ids: Iterable<string>): void {
    const known = this.readLedger();
    const fresh = [...new Set(ids)].filter((id) => CASE_ID.test(id) && !known.has(id));
    fs.appendFileSync(this.ledgerFile(), fresh.map((id) => `${id}\n`).join(''), { mode: 0o600 });
  }

  /**
   * A database from before the ledger existed: its receipts are copied into it once (a scan of the whole audit
   * trail, so the hosts run it with the background work, not while the window opens).
   */
  seedDeletionLedger(): void {
    const db = this.slot.db();
    if (!db || fs.existsSync(this.ledgerFile())) return;
    this.noteDeleted(receiptsIn(db));
  }

  /**
   * A restored backup must not bring back a case someone deleted: those cases are deleted again at once, each with a
   * new receipt, so the restored database knows about them for any later restore too.
   */
  private deleteAgain(ids: Set<string>): void {
    const db = this.slot.db();
    if (!db || !ids.size) return;
    // Every id goes into the ledger too (a database restored from the damaged-database screen had none to add).
    this.noteDeleted(ids);
    db.transaction(() => {
      for (const id of ids) {
        if (!db.prepare('SELECT 1 FROM cases WHERE id = ?').get(id)) continue;
        db.prepare('DELETE FROM cases WHERE id = ?').run(id);
        eraseAuditSummaries(db, id);
        recordAudit(db, this.slot.now(), { action: 'redelete', entity: 'case', entityId: id, caseId: id, fields: [] });
      }
    })();
  }

  /** The newest backup that opens with the key and passes quick_check: what the damaged-database screen offers. */
  newestGood(): BackupPreview | null {
    for (const info of listBackupFiles(this.slot.dataDir)) {
      const preview = previewBackupFile(this.file(info.name), this.slot.key, info);
      if (preview.readable) return preview;
    }
    return null;
  }

  create(kind: BackupKind = 'manual'): BackupInfo {
    const db = this.slot.db();
    if (!db) throw new KredsError('db_unavailable', 'Databasen er ikke åben, så der kan ikke tages en sikkerhedskopi');
    const now = this.slot.now();
    const name = backupFileName(kind, now, Math.random().toString(36).slice(2, 6));
    snapshot(db, this.slot.key, this.file(name), now);
    this.rotate(name);
    return { name, kind, createdAt: now.toISOString(), bytes: fs.statSync(this.file(name)).size };
  }

  /** Called at start-up and every hour: one automatic backup per calendar day. */
  runDailyIfDue(): BackupInfo | null {
    if (!this.slot.db() || !dailyBackupDue(listBackupFiles(this.slot.dataDir), this.slot.now())) return null;
    return this.create('auto');
  }

  /**
   * The daily backup on a worker thread (the built hosts): copying and checking a large database takes a minute
   * at municipal scale, and the app must stay usable meanwhile. Same file, checks and rotation as create().
   */
  async runDailyInWorker(): Promise<BackupInfo | null> {
    if (this.inWorker || !this.slot.db() || !dailyBackupDue(listBackupFiles(this.slot.dataDir), this.slot.now())) return null;
    this.inWorker = true;
    try {
      const now = this.slot.now();
      const name = backupFileName('auto', now, Math.random().toString(36).slice(2, 6));
      fs.mkdirSync(backupDir(this.slot.dataDir), { recursive: true, mode: 0o700 });
      const file = path.join(this.slot.dataDir, DB_FILE_NAME);
      const result = await runDbJob({ kind: 'backup', file, key: this.slot.key, target: this.file(name), takenAt: now.toISOString() });
      if (!result.ok) throw new KredsError('internal', `Den daglige sikkerhedskopi mislykkedes: ${result.message}`);
      this.inWorker = false;
      this.rotate(name);
      return { name, kind: 'auto', createdAt: now.toISOString(), bytes: fs.statSync(this.file(name)).size };
    } finally {
      this.inWorker = false;
    }
  }

  /** Removes what the rotation no longer keeps; never the backup just taken (`fresh`), even when clocks tie. */
  rotate(fresh?: string): void {
    const all = listBackupFiles(this.slot.dataDir);
    const keep = backupsToKeep(all);
    for (const entry of all) if (!keep.has(entry.name) && entry.name !== fresh) fs.rmSync(this.file(entry.name), { force: true });
    // Half-written copies from a crash mid-backup (all backup work is synchronous, so none is in progress now).
    const dir = backupDir(this.slot.dataDir);
    if (this.inWorker) return;
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.partial'))) fs.rmSync(path.join(dir, name), { force: true });
  }

  preview(name: string): BackupPreview {
    const info = listBackupFiles(this.slot.dataDir).find((b) => b.name === name);
    if (!info) throw new KredsError('not_found', 'Sikkerhedskopien findes ikke');
    return previewBackupFile(this.file(name), this.slot.key, info, this.deletedCaseIds());
  }

  /** Replaces the database with a backup. The current database is kept as a before-restore backup (or, when damaged, as a copy). */
  restore(name: string): BackupPreview {
    const preview = this.preview(name);
    if (!preview.readable) throw new KredsError('invalid_input', preview.problem ?? 'Sikkerhedskopien kan ikke bruges');
    const hadDatabase = this.slot.db() !== null;
    const deleted = this.deletedCaseIds();
    if (hadDatabase) this.create('before-restore');
    const target = path.join(this.slot.dataDir, DB_FILE_NAME);
    this.slot.replaceDatabase(() => {
      if (!hadDatabase && fs.existsSync(target)) fs.copyFileSync(target, path.join(this.slot.dataDir, DAMAGED_COPY));
      for (const suffix of ['-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
      fs.copyFileSync(this.file(name), `${target}.restoring`);
      fs.renameSync(`${target}.restoring`, target);
    });
    this.deleteAgain(deleted);
    return preview;
  }

  exportFile(name: string): { fileName: string; dataBase64: string } {
    this.preview(name);
    return { fileName: name, dataBase64: fs.readFileSync(this.file(name)).toString('base64') };
  }

  /** A file the user picked: kept only when it opens with this installation's key. */
  importFile(dataBase64: string): BackupPreview {
    const now = this.slot.now();
    const name = backupFileName('manual', now, 'import');
    const file = this.file(name);
    fs.mkdirSync(backupDir(this.slot.dataDir), { recursive: true, mode: 0o700 });
    fs.writeFileSync(`${file}.partial`, Buffer.from(dataBase64, 'base64'), { mode: 0o600 });
    const preview = previewBackupFile(`${file}.partial`, this.slot.key, { name, kind: 'manual', createdAt: now.toISOString(), bytes: 0 }, this.deletedCaseIds());
    if (!preview.readable) {
      fs.rmSync(`${file}.partial`, { force: true });
      const message = preview.problem ?? 'Filen er ikke en sikkerhedskopi fra Kreds';
      throw new KredsError('invalid_input', message, { file: message });
    }
    fs.renameSync(`${file}.partial`, file);
    return { ...preview, bytes: fs.statSync(file).size };
  }

  handlers(): HandlerMap<'backup.list' | 'backup.create' | 'backup.preview' | 'backup.restore' | 'backup.export' | 'backup.import'> {
    return {
      'backup.list': () => this.list(),
      'backup.create': () => this.create('manual'),
      'backup.preview': (_ctx, input) => this.preview(input.name),
      'backup.restore': (_ctx, input) => this.restore(input.name),
      'backup.export': (_ctx, input) => this.exportFile(input.name),
      'backup.import': (_ctx, input) => this.importFile(input.dataBase64),
    };
  }

  private file(name: string): string {
    if (!parseBackupName(name)) throw new KredsError('not_found', 'Sikkerhedskopien findes ikke');
    return path.join(backupDir(this.slot.dataDir), name);
  }
}
