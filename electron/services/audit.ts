import { createHash } from 'node:crypto';
import type { AuditEntry, AuditVerification } from '../../shared/contract/audit';
import type { Db } from '../db/connection';
import type { AuditChange, HandlerMap, ServiceContext } from './context';
import { readSettingsFrom } from './settingsRead';

export const UNKNOWN_ACTOR = 'ukendt bruger';
const GENESIS = '0'.repeat(64);
/** Bookkeeping columns every table has; a change to only these is not a change worth naming. */
const IGNORED_FIELDS = new Set(['updatedAt', 'lastActivityAt', 'updated_at', 'last_activity_at']);

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  case_id: string | null;
  fields: string;
  prev_hash: string;
  hash: string;
  summary_hash: string | null;
}

/** The profile name from the first run or Indstillinger (setting `profileName`), else "ukendt bruger". */
export function currentActor(db: Db): string {
  const name = readSettingsFrom(db).profileName.trim();
  return name ? name.slice(0, 120) : UNKNOWN_ACTOR;
}

/** Field names whose values differ between two snapshots (all of `after`'s when there is no `before`). */
export function changedFields(before: object | null | undefined, after: object | null | undefined): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !IGNORED_FIELDS.has(k) && k !== 'id' && JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Entries without a summary hash exactly as before migration 011, so older chains still verify. */
function entryHash(row: Omit<AuditRow, 'hash'>): string {
  const fields: unknown[] = [row.seq, row.at, row.actor, row.action, row.entity, row.entity_id, row.case_id, row.fields, row.prev_hash];
  if (row.summary_hash) fields.push(row.summary_hash);
  return sha256(JSON.stringify(fields));
}

/**
 * SQLite stores UTF-8, so a lone surrogate (typed text cut mid-emoji, or hostile input) comes back as U+FFFD; the
 * digest must be taken of what will be read back, or the chain would not verify.
 */
const wellFormed = (text: string) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** The digest the chain keeps of a summary; the sequence number is in it so two summaries cannot swap places. */
const summaryHash = (seq: number, text: string) => sha256(`${seq}\n${text}`);

/** Appends one entry, chained to the previous one. Runs inside the caller's transaction. */
export function recordAudit(db: Db, at: Date, change: AuditChange): void {
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: at.toISOString(),
    actor: currentActor(db),
    action: change.action.slice(0, 40),
    entity: change.entity.slice(0, 40),
    entity_id: change.entityId ?? null,
    case_id: change.caseId ?? null,
    fields: JSON.stringify(change.fields ?? changedFields(change.before, change.after)),
    prev_hash: last?.hash ?? GENESIS,
    summary_hash: null as string | null,
  };
  const summary = change.summary && wellFormed(change.summary.trim().slice(0, 500));
  if (summary) {
    row.summary_hash = summaryHash(row.seq, summary);
    db.prepare('INSERT INTO audit_summaries (seq, case_id, text) VALUES (?, ?, ?)').run(row.seq, row.case_id, summary);
  }
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, case_id, fields, prev_hash, hash, summary_hash)
     VALUES (@seq, @at, @actor, @action, @entity, @entity_id, @case_id, @fields, @prev_hash, @hash, @summary_hash)`,
  ).run({ ...row, hash: entryHash(row) });
}

/** "Slet sagen nu": the case's summaries go with it; the chain keeps only their digests. */
export function eraseAuditSummaries(db: Db, caseId: string): void {
  db.prepare('DELETE FROM audit_summaries WHERE case_id = ?').run(caseId);
}

function toEntry(row: AuditRow & { summary: string | null }): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    caseId: row.case_id,
    fields: JSON.parse(row.fields) as string[],
    summary: row.summary,
  };
}

export function listAudit(ctx: ServiceContext, input: { caseId: string; limit?: number }): AuditEntry[] {
  const rows = ctx.db
    .prepare('SELECT a.*, s.text AS summary FROM audit_log a LEFT JOIN audit_summaries s ON s.seq = a.seq WHERE a.case_id = ? ORDER BY a.seq DESC LIMIT ?')
    .all(input.caseId, input.limit ?? 500) as (AuditRow & { summary: string | null })[];
  return rows.map(toEntry);
}

/**
 * Walks the whole chain and reports the first entry that was changed, removed or inserted afterwards, or whose
 * summary no longer matches the digest the chain holds (an erased summary of a deleted case is fine).
 */
export function verifyAudit(db: Db): AuditVerification {
  let expectedPrev = GENESIS;
  let expectedSeq = 1;
  let checked = 0;
  const rows = db.prepare('SELECT a.*, s.text AS summary FROM audit_log a LEFT JOIN audit_summaries s ON s.seq = a.seq ORDER BY a.seq').iterate();
  for (const row of rows as IterableIterator<AuditRow & { summary: string | null }>) {
    if (row.prev_hash !== expectedPrev || row.seq !== expectedSeq) return { ok: false, checked, firstBroken: { seq: row.seq, at: row.at, reason: 'link' } };
    if (entryHash(row) !== row.hash) return { ok: false, checked, firstBroken: { seq: row.seq, at: row.at, reason: 'hash' } };
    const summaryChanged = row.summary !== null && (!row.summary_hash || summaryHash(row.seq, row.summary) !== row.summary_hash);
    if (summaryChanged) return { ok: false, checked, firstBroken: { seq: row.seq, at: row.at, reason: 'summary' } };
    expectedPrev = row.hash;
    expectedSeq = row.seq + 1;
    checked += 1;
  }
  return { ok: true, checked, firstBroken: null };
}

export const auditHandlers: HandlerMap<'audit.list' | 'audit.verify'> = {
  'audit.list': listAudit,
  'audit.verify': (ctx) => verifyAudit(ctx.db),
};

function idOf(value: unknown, key: string): string | null {
  const v = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v.slice(0, 64) : null;
}

/**
 * The host's fallback for a call that changed rows without recording an entry itself: the channel's verb,
 * the ids it can see and the names of the fields that were sent (never their values).
 */
export function genericChange(channel: string, input: unknown, output: unknown, db?: Db): AuditChange {
  const [entity = channel, action = 'change'] = channel.split('.');
  const entityId = idOf(input, 'id') ?? idOf(output, 'id');
  const meetingId = idOf(input, 'meetingId') ?? idOf(output, 'meetingId');
  // A meeting-level change (notes, phases, attendance) belongs in its case's log too.
  const viaMeeting = meetingId && db ? ((db.prepare('SELECT case_id FROM meetings WHERE id = ?').get(meetingId) as { case_id: string } | undefined)?.case_id ?? null) : null;
  const caseId = idOf(input, 'caseId') ?? idOf(output, 'caseId') ?? viaMeeting ?? (entity === 'cases' ? entityId : null);
  const fields = input && typeof input === 'object' ? Object.keys(input).filter((k) => k !== 'id' && k !== 'caseId').sort() : [];
  return { action, entity, entityId, caseId, fields };
}
