import { contract, isChannelName, type KredsEvent } from '../../shared/contract';
import type { AppInfo } from '../../shared/contract/app';
import { KredsError, type KredsErrorShape, type Result } from '../../shared/errors';
import { fieldErrors } from '../../shared/validation';
import { openDatabase, type Db } from '../db/connection';
import type { HandlerMap, ServiceContext } from '../services/context';
import { serviceHandlers, type HostChannel } from '../services';
import { loadDemoData } from '../services/demo';
import { writeSettings } from '../services/settings';

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
  /** Marks the first-run setup as done at start (KREDS_SKIP_FIRST_RUN=1: other capabilities' tests, scripted installs). */
  skipFirstRun?: boolean;
}

type Listener = (event: KredsEvent) => void;

/**
 * The host-independent core: opens the database, validates every call against the contract, runs the
 * service in one transaction and broadcasts its events only after the commit. Both hosts wrap this.
 */
export class KredsHost {
  readonly db: Db | null = null;
  readonly startupError: KredsErrorShape | null = null;
  readonly openMs: number = 0;
  readonly migrateMs: number = 0;
  private readonly listeners = new Set<Listener>();
  private readonly now: () => Date;
  private readonly hostHandlers: HandlerMap<HostChannel>;

  constructor(private readonly options: HostOptions) {
    this.now = options.now ?? (() => new Date());
    try {
      const opened = openDatabase(options.dataDir, options.key);
      this.db = opened.db;
      this.openMs = opened.openMs;
      this.migrateMs = opened.migrateMs;
    } catch (error) {
      this.startupError = toErrorShape(error, options.log);
    }
    if (this.db && options.skipFirstRun) {
      const ctx = this.context();
      ctx.db.transaction(() => writeSettings(ctx, { firstRunDone: true }))();
    }
    this.hostHandlers = {
      'app.info': () => ({
        version: options.version,
        host: options.kind,
        now: this.now().toISOString(),
        startupError: this.startupError,
      }),
      'app.openExternal': (_ctx, input) => {
        void options.openExternal(input.url);
      },
      'export.pdf': async (_ctx, input) => (options.printToPdf ? { savedTo: await options.printToPdf(input.route, input.fileName) } : null),
      'followups.openInCalendar': async (_ctx, input) => ({
        opened: options.openCalendarFile ? await options.openCalendarFile(input.fileName, input.content) : false,
      }),
    };
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A service context outside any call (demo loading, benchmarks, tests). Events go straight out. */
  context(origin?: string): ServiceContext {
    if (!this.db) throw new KredsError(this.startupError?.code ?? 'db_unavailable', this.startupError?.message ?? 'Databasen er ikke åben');
    return { db: this.db, now: this.now, emit: (event) => this.broadcast(event), origin };
  }

  loadDemo(): void {
    const ctx = this.context();
    ctx.db.transaction(() => loadDemoData(ctx))();
  }

  async call(channel: string, rawInput: unknown, origin?: string): Promise<Result<unknown>> {
    if (!isChannelName(channel)) return failure('unknown_channel', `Ukendt kanal: ${channel.slice(0, 80)}`);
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      return { ok: false, error: { code: 'invalid_input', message: firstMessage(fields), fields } };
    }
    try {
      if (channel in this.hostHandlers) {
        const handler = this.hostHandlers[channel as HostChannel] as (ctx: ServiceContext | null, input: unknown) => unknown;
        return { ok: true, value: await handler(this.db ? this.context(origin) : null, parsed.data) };
      }
      if (!this.db) return { ok: false, error: this.startupError ?? { code: 'db_unavailable', message: 'Databasen er ikke åben' } };
      const pending: KredsEvent[] = [];
      const ctx: ServiceContext = { db: this.db, now: this.now, emit: (event) => pending.push(event), origin };
      const handler = serviceHandlers[channel as keyof typeof serviceHandlers] as (ctx: ServiceContext, input: unknown) => unknown;
      const value = this.db.transaction(() => handler(ctx, parsed.data))();
      for (const event of pending) this.broadcast(event);
      return { ok: true, value: value ?? null };
    } catch (error) {
      return { ok: false, error: toErrorShape(error, this.options.log) };
    }
  }

  close(): void {
    this.db?.close();
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
