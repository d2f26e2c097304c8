import type { ChannelName, KredsEvent, Output, ParsedInput } from '../../shared/contract';
import type { Db } from '../db/connection';

/**
 * A change for the audit trail. Give `before` and/or `after` (plain objects) and the trail stores only the
 * names of the fields that differ, never their values; or give `fields` directly.
 */
export interface AuditChange {
  /** create, update, delete, close … */
  action: string;
  /** The entity type, e.g. 'case', 'participant'. */
  entity: string;
  entityId?: string | null;
  caseId?: string | null;
  before?: object | null;
  after?: object | null;
  fields?: string[];
  /**
   * A short Danish before/after summary (shared/domain/audit.ts `auditSummary`): structured values and the short
   * name of a shared item, never fortroligt text. Kept outside the chain so a case's deletion can erase it.
   */
  summary?: string;
}

/** What every service function gets: the database, the (injectable) clock, the event bus and the audit trail. */
export interface ServiceContext {
  db: Db;
  now(): Date;
  emit(event: KredsEvent): void;
  /**
   * Records a create/update/delete in the append-only audit trail, in the same transaction. Calls that
   * change rows without recording anything still get a generic entry from the host (channel, ids, input
   * field names); calling this gives the real before/after field names. Optional only so that hand-made
   * contexts (benchmarks) need not provide it; the host and createTestContext always do.
   */
  audit?(change: AuditChange): void;
  /** The window that made the call, passed along on events so it can ignore its own echo. */
  origin?: string;
}

export type Handler<K extends ChannelName> = (ctx: ServiceContext, input: ParsedInput<K>) => Output<K> | Promise<Output<K>>;
export type HandlerMap<K extends ChannelName> = { [P in K]: Handler<P> };

/**
 * Slow work a channel needs before its transaction (opening a case bundle: key derivation and unpacking on the thread
 * pool). The host awaits it outside the transaction and hands its result to the handler as `input.prepared`.
 */
export type PreparerMap<K extends ChannelName> = { [P in K]?: (input: ParsedInput<P>) => Promise<unknown> };
export type Prepared<T> = T & { prepared?: unknown };

export function newId(): string {
  return crypto.randomUUID();
}

/** Escapes a user's text for a LIKE pattern (with ESCAPE '\'). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
