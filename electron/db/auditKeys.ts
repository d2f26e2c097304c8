import crypto from 'node:crypto';
import type { Db } from './connection';

/**
 * Keys for the audit trail, derived from (never equal to) the database key and kept beside each open connection:
 * one keys the chain's HMAC, one seals the anchor file. Whoever edits the file with only a copy of the data and no
 * key cannot recompute either.
 */
interface AuditKeys {
  chain: Buffer;
  anchor: Buffer;
  /** The database key itself, to open this database's backups read-only when checking the chain against them. */
  databaseKey: string;
}

const keys = new WeakMap<Db, AuditKeys>();

const derive = (key: string, label: string) => crypto.createHmac('sha256', Buffer.from(key, 'utf8')).update(label).digest();

export function registerAuditKeys(db: Db, databaseKey: string): void {
  keys.set(db, { chain: derive(databaseKey, 'kreds-audit-chain-v1'), anchor: derive(databaseKey, 'kreds-audit-anchor-v1'), databaseKey });
}

export function auditKeys(db: Db): AuditKeys {
  const found = keys.get(db);
  if (!found) throw new Error('Revisionssporets nøgle mangler for denne forbindelse');
  return found;
}
