import { contract, isChannelName, type KredsEvent } from '../../shared/contract';
import type { AppInfo } from '../../shared/contract/app';
import { KredsError, type KredsErrorShape, type Result } from '../../shared/errors';
import { fieldErrors } from '../../shared/validation';
import fs from 'node:fs';
import path from 'node:path';
import { DB_CORRUPT_MESSAGE, DB_FILE_NAME, openDatabase, type Db } from '../db/connection';
import { resetAuditAnchor, sealAuditAnchor } from '../db/auditAnchor';
import { canRunInWorker, runDbJob } from '../db/runDbJob';
import { prepared } from '../db/statements';
import { genericChange, recordAudit } from '../services/audit';
import type { AuditChange, HandlerMap, ServiceContext } from '../services/context';
import { serviceHandlers, servicePreparers, type HostChannel } from '../services';
import { loadDemoData } from '../services/demo';
import { writeSettings } from '../services/settings';
import { Backups } from './backups';
import { AppLock, CHANNELS_WHILE_LOCKED, lockHandlers } from './lock';
import { PhoneHub } from './phones/hub';

export interface HostOptions {
  kind: AppInfo['host'];
  version: string;
  dataDir: string;
  key: string;
  /** Injectable clock (tests, KREDS_NOW). */
  now?: () => Date;
  openExternal(url: string): void | Promise<void>;
  /** Renders a print route to a PDF and saves it where the user chooses (Electron); absent in the browser host. */
  printToPdf?(route: string, fileName: string): Promise<string>;
  /** Opens an .ics in the OS calendar app (Electron); absent in the browser host, where the renderer downloads it. */
  openCalendarFile?(fileName: string, content: string): boolean | Promise<boolean>;
  log?: (line: string) => void;
  /** Where phones reach the phone server (the LAN address in the app); 127.0.0.1 when not given. */
  phoneAddress?: () => string;
  /** The built phone page (dist/phone). */
  phoneAssetsDir?: string;
  /** Marks the first-run setup as done at start (KREDS_SKIP_FIRST_RUN=1: other capabilities' tests, scripted installs). */
  skipFirstRun?: boolean;
}

type Listener = (event: KredsEvent) => void;

/** How often the host looks at the idle time (the lock comes at most this late). */
export const IDLE_CHECK_MS = 15_000;

/**
 * The host-independent core: opens the database, validates every call against the contract, runs the
 * service in one transaction and broadcasts its events only after the commit. Both hosts wrap this.
 */
export class KredsHost {
  private database: Db | null = null;
  startupError: KredsErrorShape | null = null;
  openMs = 0;
  migrateMs = 0;
  readonly lock: AppLock;
  readonly backups: Backups;
  readonly phones: PhoneHub;
  private readonly listeners = new Set<Listener>();
  private readonly now: () => Date;
  private readonly hostHandlers: HandlerMap<HostChannel>;
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(private readonly options: HostOptions) {
    this.now = options.now ?? (() => new Date());
    this.backups = new Backups({
      db: () => this.db,
      dataDir: options.dataDir,
      key: options.key,
      now: this.now,
      replaceDatabase: (swap) => this.replaceDatabase(swap),
    });
    this.openOrExplain();
    if (this.db && options.skipFirstRun) {
      const ctx = this.context();
      ctx.db.transaction(() => writeSettings(ctx, { firstRunDone: true }))();
      this.sealAudit();
    }
    this.lock = new AppLock(() => this.db, this.now, (status) => {
      // Setting up or changing the PIN writes to the audit trail.
      this.sealAudit();
      this.broadcast({ type: 'lock.changed', data: status });
    });
    this.phones = new PhoneHub({
      address: options.phoneAddress ?? (() => '127.0.0.1'),
      assetsDir: options.phoneAssetsDir ?? path.join(options.dataDir, 'phone'),
      now: this.now,
      context: () => this.context(),
      call: (channel, input) => this.call(channel, input),
      emit: (event) => this.broadcast(event),
      locked: () => this.lock.isLocked(),
    });
    this.listeners.add((event) => this.phones.onEvent(event));
    this.hostHandlers = {
      'app.info': () => ({
        version: options.version,
        host: options.kind,
        now: this.now().toISOString(),
        startupError: this.startupError,
        lock: this.lock.status(),
      }),
      'app.openExternal': (_ctx, input) => {
        void options.openExternal(input.url);
      },
      'export.pdf': async (_ctx, input) => (options.printToPdf ? { savedTo: await options.printToPdf(input.route, input.fileName) } : null),
      'followups.openInCalendar': async (_ctx, input) => ({
        opened: options.openCalendarFile ? await options.openCalendarFile(input.fileName, input.content) : false,
      }),
      ...lockHandlers(this.lock),
      ...this.backups.handlers(),
      ...this.phones.handlers(),
    };
  }

  /** The open database; null while none is open (a startup error, between close and reopen in a restore, after close()). */
  get db(): Db | null {
    return this.database?.open ? this.database : null;
  }

  /**
   * Opens the database; when it cannot, explains why. A file the key cannot open while a backup can, or a
   * missing file next to good backups, is a damaged database (db_corrupt): the app offers the newest good
   * backup instead of starting empty.
   */
  private openOrExplain(): void {
    const missing = !fs.existsSync(path.join(this.options.dataDir, DB_FILE_NAME));
    if (missing && this.backups.newestGood()) {
      this.startupError = { code: 'db_corrupt', message: 'Databasen mangler, men der findes sikkerhedskopier. Gendan den nyeste gode.' };
      return;
    }
    try {
      const opened = openDatabase(this.options.dataDir, this.options.key, { deferIntegrityCheck: canRunInWorker() });
      this.database = opened.db;
      if (opened.checkDeferred) this.checkInBackground(opened.file);
      this.openMs = opened.openMs;
      this.migrateMs = opened.migrateMs;
      this.startupError = null;
    } catch (error) {
      const shape = toErrorShape(error, this.options.log);
      const corrupt = shape.code === 'db_wrong_key' && this.backups.newestGood() !== null;
      this.startupError = corrupt ? { code: 'db_corrupt', message: DB_CORRUPT_MESSAGE } : shape;
    }
  }

  /** The integrity check of a large database, on a worker thread: damage found closes it as if found at start-up. */
  private checkInBackground(file: string): void {
    const checked = this.database;
    void runDbJob({ kind: 'check', file, key: this.options.key }).then((result) => {
      if (result.ok || this.database !== checked) return;
      toErrorShape(new Error(`Integritetskontrol: ${result.message}`), this.options.log);
      if (result.message.startsWith('Databasetråd')) return;
      this.database?.close();
      this.database = null;
      this.startupError = { code: 'db_corrupt', message: DB_CORRUPT_MESSAGE };
      // Open windows reload and show the damaged-database screen, as at start-up.
      this.broadcast({ type: 'db.damaged' });
    });
  }

  private replaceDatabase(swap: () => void): void {
    this.database?.close();
    this.database = null;
    swap();
    this.openOrExplain();
    if (this.db) resetAuditAnchor(this.db, this.now());
    this.lock.reset();
    this.broadcast({ type: 'backup.restored' });
    if (this.startupError) throw new KredsError(this.startupError.code, this.startupError.message);
  }

  /**
   * The idle lock check and the daily backup; the hosts start them, in-process tests drive them by hand.
   * `idleCheckMs` is shorter only when the clock runs fast (KREDS_CLOCK_RATE), so the lock still comes on time.
   */
  startBackgroundWork(idleCheckMs = IDLE_CHECK_MS): void {
    const dailyBackup = () => {
      try {
        this.backups.seedDeletionLedger();
      } catch (error) {
        toErrorShape(error, this.options.log);
      }
      try {
        if (canRunInWorker()) void this.backups.runDailyInWorker().catch((error: unknown) => toErrorShape(error, this.options.log));
        else this.backups.runDailyIfDue();
      } catch (error) {
        toErrorShape(error, this.options.log);
      }
    };
    this.timers.push(setTimeout(dailyBackup, 3_000), setInterval(dailyBackup, 3_600_000), setInterval(() => this.lock.isLocked(), idleCheckMs));
    for (const timer of this.timers) timer.unref();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A service context outside any call (demo loading, benchmarks, tests). Events go straight out. */
  context(origin?: string): ServiceContext {
    if (!this.db) throw new KredsError(this.startupError?.code ?? 'db_unavailable', this.startupError?.message ?? 'Databasen er ikke åben');
    const db = this.db;
    return { db, now: this.now, emit: (event) => this.broadcast(event), origin, audit: (change) => recordAudit(db, this.now(), change) };
  }

  loadDemo(): void {
    const ctx = this.context();
    ctx.db.transaction(() => loadDemoData(ctx))();
    this.sealAudit();
  }

  /**
   * After a committed write, the audit trail's seal beside the database follows the chain's end (never in the middle
   * of a transaction). A seal that cannot be written is logged: the write itself is done.
   */
  private sealAudit(): void {
    if (!this.db) return;
    try {
      sealAuditAnchor(this.db, this.now());
    } catch (error) {
      toErrorShape(error, this.options.log);
    }
  }

  /**
   * Never throws: every failure is a typed Result. The database can close under a call (a restore swaps it, the app
   * quits, an async handler awaits while that happens): such a call answers db_unavailable in Danish.
   */
  async call(channel: string, rawInput: unknown, origin?: string): Promise<Result<unknown>> {
    const openAtStart = this.db;
    try {
      return await this.dispatch(channel, rawInput, origin);
    } catch (error) {
      if (error instanceof KredsError) return { ok: false, error: error.toJSON() };
      if (openAtStart && !openAtStart.open) return failure('db_unavailable', DB_CLOSED_MESSAGE);
      if (!this.db && isClosedDatabaseError(error)) return failure('db_unavailable', DB_CLOSED_MESSAGE);
      return { ok: false, error: toErrorShape(error, this.options.log) };
    }
  }

  private async dispatch(channel: string, rawInput: unknown, origin?: string): Promise<Result<unknown>> {
    if (!isChannelName(channel)) return failure('unknown_channel', `Ukendt kanal: ${channel.slice(0, 80)}`);
    if (this.lock.isLocked() && !CHANNELS_WHILE_LOCKED.has(channel)) return failure('locked', 'Kreds er låst. Lås op med din PIN-kode eller adgangssætning.');
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      return { ok: false, error: { code: 'invalid_input', message: firstMessage(fields), fields } };
    }
    if (channel in this.hostHandlers) {
      const handler = this.hostHandlers[channel as HostChannel] as (ctx: ServiceContext | null, input: unknown) => unknown;
      return { ok: true, value: await handler(this.db ? this.context(origin) : null, parsed.data) };
    }
    if (!this.db) return { ok: false, error: this.startupError ?? { code: 'db_unavailable', message: 'Databasen er ikke åben' } };
    const preparer = servicePreparers[channel as keyof typeof servicePreparers] as ((input: unknown) => Promise<unknown>) | undefined;
    const input = preparer ? { ...(parsed.data as object), prepared: await preparer(parsed.data) } : parsed.data;
    if (!this.db) return failure('db_unavailable', DB_CLOSED_MESSAGE);
    const db = this.db;
    const pending: KredsEvent[] = [];
    let audited = false;
    let totalAudited = 0;
    const deletedCases: string[] = [];
    const audit = (change: AuditChange) => {
      audited = true;
      totalAudited += 1;
      recordAudit(db, this.now(), change);
      if (change.entity === 'case' && change.action === 'delete' && change.caseId) deletedCases.push(change.caseId);
    };
    const ctx: ServiceContext = { db, now: this.now, emit: (event) => pending.push(event), origin, audit };
    const handler = serviceHandlers[channel as keyof typeof serviceHandlers] as (ctx: ServiceContext, input: unknown) => unknown;
    const value = db.transaction(() => {
      const changesBefore = totalChanges(db);
      const result = handler(ctx, input);
      // Every call that changed rows is in the audit trail, even when its service did not record it itself.
      if (!audited && totalChanges(db) > changesBefore) {
        recordAudit(db, this.now(), genericChange(channel, parsed.data, result, db));
        totalAudited += 1;
      }
      return result;
    })();
    if (deletedCases.length) this.noteDeleted(deletedCases);
    if (totalAudited > 0) this.sealAudit();
    for (const event of pending) this.broadcast(event);
    return { ok: true, value: value ?? null };
  }

  /**
   * A deletion, once committed, also goes into the ledger beside the database, so a restore from the damaged-database
   * screen (when these receipts cannot be read) still deletes the case again. A failure here is logged, not answered:
   * the deletion itself is done.
   */
  private noteDeleted(ids: string[]): void {
    try {
      this.backups.noteDeleted(ids);
    } catch (error) {
      toErrorShape(error, this.options.log);
    }
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    void this.phones.closeAll();
    this.database?.close();
    this.database = null;
  }

  private broadcast(event: KredsEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A broken listener (a closed window) must not stop the others.
      }
    }
  }
}

/** A call met a database that was closed meanwhile: nothing of it was committed after the close. */
export const DB_CLOSED_MESSAGE = 'Databasen blev lukket, mens Kreds arbejdede (fx ved lås eller gendannelse). Prøv igen om lidt.';

/** better-sqlite3's error for a statement on a closed connection. */
function isClosedDatabaseError(error: unknown): boolean {
  return error instanceof TypeError && /database connection is not open/i.test(error.message);
}

function totalChanges(db: Db): number {
  return (prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
}

function failure(code: KredsErrorShape['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function firstMessage(fields: Record<string, string>): string {
  const count = Object.keys(fields).length;
  return count === 1 ? `Ret feltet: ${Object.values(fields)[0]}` : `Ret de ${count} markerede felter`;
}

/** Known errors pass through; anything else is logged (without input data) and shown as a calm Danish message. */
export function toErrorShape(error: unknown, log?: (line: string) => void): KredsErrorShape {
  if (error instanceof KredsError) return error.toJSON();
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_CONSTRAINT')) return { code: 'conflict', message: 'Ændringen strider mod eksisterende data og blev ikke gemt' };
  log?.(`Kreds: intern fejl: ${(error as Error).stack ?? String(error)}`);
  return { code: 'internal', message: 'Der skete en uventet fejl. Intet blev gemt. Prøv igen.' };
}
