import type { ChannelName, KredsEvent, Output, ParsedInput } from '../../shared/contract';
import type { Db } from '../db/connection';

/** What every service function gets: the database, the (injectable) clock and the event bus. */
export interface ServiceContext {
  db: Db;
  now(): Date;
  emit(event: KredsEvent): void;
  /** The window that made the call, passed along on events so it can ignore its own echo. */
  origin?: string;
}

export type Handler<K extends ChannelName> = (ctx: ServiceContext, input: ParsedInput<K>) => Output<K> | Promise<Output<K>>;
export type HandlerMap<K extends ChannelName> = { [P in K]: Handler<P> };

export function newId(): string {
  return crypto.randomUUID();
}

/** Escapes a user's text for a LIKE pattern (with ESCAPE '\'). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
