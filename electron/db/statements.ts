import type Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from './connection';

/** A connection's statements beyond this many are dropped and prepared again (SQL built from varying lists). */
export const MAX_CACHED = 500;

/**
 * One statement cache per connection, keyed by the connection object: a restore or close replaces the connection,
 * and the new one starts empty, so a statement of a closed connection is never handed out again.
 */
const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * The connection's prepared statement for `sql`, prepared on first use and reused after (better-sqlite3 statements
 * are reusable; preparing costs as much as running a small query). For get/all/run only: a cached statement is
 * shared, so never iterate() it (busy until the loop ends) nor switch it with pluck/raw/expand.
 */
export function prepared(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= MAX_CACHED) cache.clear();
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
