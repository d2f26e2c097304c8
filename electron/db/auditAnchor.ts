import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { auditKeys } from './auditKeys';
import type { Db } from './connection';

/**
 * The audit trail's anchors outside the database, where a cut shows: a small sealed file beside it (the number of
 * entries and the last entry's hash, updated after every write) and every backup (each holds the chain as it was).
 * Deleting the last entries, or rewriting them with the key, leaves the chain shorter than, or different from, what
 * the seal or a backup says it was.
 */
export const AUDIT_ANCHOR_FILE = 'audit-anchor.json';
export const GENESIS = '0'.repeat(64);

interface Anchor {
  count: number;
  head: string;
  at: string;
  /** When the chain was last allowed to start over (a restored backup); older backups are of another history. */
  since: string;
}

type AnchorRead = { state: 'ok'; anchor: Anchor } | { state: 'missing' } | { state: 'invalid' };

export interface AnchorFinding {
  seq: number;
  at: string;
  reason: 'truncated' | 'anchor' | 'hash';
}

function anchorFile(db: Db): string | null {
  return db.name && db.name !== ':memory:' ? path.join(path.dirname(db.name), AUDIT_ANCHOR_FILE) : null;
}

const seal = (db: Db, a: Anchor) => crypto.createHmac('sha256', auditKeys(db).anchor).update(JSON.stringify([a.count, a.head, a.at, a.since])).digest('hex');

function readAnchor(db: Db): AnchorRead {
  const file = anchorFile(db);
  if (!file || !fs.existsSync(file)) return { state: 'missing' };
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Anchor & { seal: string };
    const anchor = { count: value.count, head: value.head, at: value.at, since: value.since };
    const given = Buffer.from(String(value.seal));
    const expected = Buffer.from(seal(db, anchor));
    return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? { state: 'ok', anchor } : { state: 'invalid' };
  } catch {
    return { state: 'invalid' };
  }
}

function writeAnchor(db: Db, anchor: Anchor): void {
  const file = anchorFile(db);
  if (!file) return;
  fs.writeFileSync(`${file}.partial`, JSON.stringify({ ...anchor, seal: seal(db, anchor) }), { mode: 0o600 });
  fs.renameSync(`${file}.partial`, file);
}

export function head(db: Db): { seq: number; hash: string } {
  return (db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined) ?? { seq: 0, hash: GENESIS };
}

export const hashAt = (db: Db, seq: number) => (seq === 0 ? GENESIS : ((db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(seq) as { hash: string } | undefined)?.hash ?? null));
const hasKeyedEntries = (db: Db) => !!db.prepare(`SELECT 1 FROM audit_log WHERE hash LIKE 'k1:%' LIMIT 1`).get();

/**
 * Moves the seal to the chain's present end, after a committed write. It never covers up a problem: a seal that no
 * longer matches the chain, or one missing beside a chain that already had one, stays as it is for "Kontrollér loggen"
 * to report. (The first seal is made when a chain without keyed entries is opened: a new or upgraded database.)
 */
export function sealAuditAnchor(db: Db, now: Date): void {
  const read = readAnchor(db);
  if (read.state === 'invalid' || (read.state === 'missing' && hasKeyedEntries(db))) return;
  if (read.state === 'ok' && hashAt(db, read.anchor.count) !== read.anchor.head) return;
  const last = head(db);
  if (read.state === 'ok' && read.anchor.count === last.seq) return;
  writeAnchor(db, { count: last.seq, head: last.hash, at: now.toISOString(), since: read.state === 'ok' ? read.anchor.since : now.toISOString() });
}

/** A restored backup is a deliberate new start: the seal follows it, and older backups are of the history before. */
export function resetAuditAnchor(db: Db, now: Date): void {
  const last = head(db);
  writeAnchor(db, { count: last.seq, head: last.hash, at: now.toISOString(), since: now.toISOString() });
}

/**
 * What the seal says about a chain that itself verified with `checked` entries, and since when backups belong to this
 * history ('' when the seal cannot tell: then every backup does).
 */
export function anchorFinding(db: Db, checked: number, now: Date): { finding: AnchorFinding | null; since: string } {
  const read = readAnchor(db);
  if (read.state === 'invalid' || (read.state === 'missing' && hasKeyedEntries(db))) return { finding: { seq: checked, at: now.toISOString(), reason: 'anchor' }, since: '' };
  if (read.state === 'missing') return { finding: null, since: '' };
  const { anchor } = read;
  if (anchor.count > checked) return { finding: { seq: anchor.count, at: anchor.at, reason: 'truncated' }, since: anchor.since };
  if (hashAt(db, anchor.count) !== anchor.head) return { finding: { seq: anchor.count, at: anchor.at, reason: 'anchor' }, since: anchor.since };
  return { finding: null, since: anchor.since };
}
