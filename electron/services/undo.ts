import type { KredsEvent } from '../../shared/contract';
import type { UndoTicket } from '../../shared/contract/undo';
import { UNDO_WINDOW_MS, undoneSummary } from '../../shared/domain/undo';
import { KredsError } from '../../shared/errors';
import type { Db } from '../db/connection';
import { newId, type AuditChange, type HandlerMap, type ServiceContext } from './context';
import { captureDeletion, restoreSnapshot, type Snapshot } from './undoSnapshot';

/**
 * Undo for the small deletes of a meeting or a plan (an agreement, a goal or delmål, a map item, a quote in
 * De tre huse, a scaling question, a participant never used). The delete happens at once — the shared screen and
 * other windows must stop showing it — and what it removed is kept **in the host's memory** for UNDO_WINDOW_MS,
 * so "Fortryd" puts it back exactly: same ids, the rows that followed it, the links it cleared.
 *
 * Why memory and not a table: deleted text about a child should not linger on disk (nor in a backup taken in those
 * seconds), and a kept snapshot must never outlive the database it came from (a restore swaps the database, which
 * drops the shelf with it). The price, chosen: when the app is closed or killed inside the window, the delete
 * stands — the user saw it happen and nothing half-done remains.
 */
interface Shelved {
  snapshot: Snapshot;
  caseId: string;
  expiresAt: number;
  events: KredsEvent[];
  audits: AuditChange[];
}

const shelves = new WeakMap<Db, Map<string, Shelved>>();

function shelf(ctx: ServiceContext): Map<string, Shelved> {
  let found = shelves.get(ctx.db);
  if (!found) shelves.set(ctx.db, (found = new Map()));
  const now = ctx.now().getTime();
  for (const [id, item] of found) if (item.expiresAt <= now) found.delete(id);
  return found;
}

export interface UndoableDelete {
  table: string;
  id: string;
  caseId: string;
  /** The columns of the list the row sits in, when the delete closes the gap behind it (map items). */
  gapScope?: string[];
}

/**
 * Runs a delete so it can be taken back: the snapshot is read first, then `remove` deletes as it always did,
 * with its own audit line and events — those are recorded too, so the undo can say what it undid and wake the
 * same screens.
 */
export function deleteUndoably(ctx: ServiceContext, target: UndoableDelete, remove: (ctx: ServiceContext) => void): UndoTicket {
  const snapshot = captureDeletion(ctx.db, target.table, target.id, target.gapScope ?? null);
  const events: KredsEvent[] = [];
  const audits: AuditChange[] = [];
  remove({
    ...ctx,
    emit: (event) => (events.push(event), ctx.emit(event)),
    audit: (change) => (audits.push(change), ctx.audit?.(change)),
  });
  const undoId = newId();
  shelf(ctx).set(undoId, { snapshot, caseId: target.caseId, expiresAt: ctx.now().getTime() + UNDO_WINDOW_MS, events, audits });
  return { undoId };
}

export function restoreDeleted(ctx: ServiceContext, undoId: string): { restored: true } {
  const shelved = shelf(ctx).get(undoId);
  if (!shelved) throw new KredsError('not_found', 'Det er for sent at fortryde. Det slettede kan ikke hentes tilbage nu.');
  restoreSnapshot(ctx.db, shelved.snapshot);
  shelf(ctx).delete(undoId);
  for (const change of shelved.audits) {
    ctx.audit?.({ ...change, action: 'restore', before: null, after: null, fields: [], summary: change.summary ? undoneSummary(change.summary) : undefined });
  }
  for (const event of shelved.events) ctx.emit({ ...event, origin: ctx.origin });
  return { restored: true };
}

/** "Slet sagen nu" must leave nothing of the case behind, not even in memory. */
export function forgetCase(ctx: ServiceContext, caseId: string): void {
  for (const [id, item] of shelf(ctx)) if (item.caseId === caseId) shelf(ctx).delete(id);
}

export const undoHandlers: HandlerMap<'undo.restore'> = {
  'undo.restore': (ctx, input) => restoreDeleted(ctx, input.id),
};
